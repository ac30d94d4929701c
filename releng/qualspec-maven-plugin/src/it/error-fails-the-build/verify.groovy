// The build failed in the validate goal, naming the error where the file has it: line 6 is "\t\tglh 50",
// and column 7 is the 50 (two tabs, "glh", a space).
String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/qualspec/units.qspec:6:7: error: Unit F/601/1609 has 50 GLH but 4 credits') : 'the diagnostic with file:line:column'
assert log.contains('[INFO] 1 file checked: 1 error, 0 warnings, 0 info')
assert log.contains("src/main/qualspec: 1 diagnostic at or above the failOn severity 'error' (listed above)")
assert log.contains('BUILD FAILURE')
return true
