// The error where the file has it: line 6 is "\t\tglh 50", and column 7 is the 50 (two tabs, "glh", a space).
String error = '[ERROR] src/main/qualspec/units.qspec:6:7: error: Unit F/601/1609 has 50 GLH but 4 credits'
String[] runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert runs.length == 4 : 'three runs in the log'

// 1: validate names the error, counts it and fails the build.
assert runs[1].contains(error) : 'the diagnostic with file:line:column'
assert runs[1].contains('[INFO] 1 file checked: 1 error, 0 warnings, 0 info')
assert runs[1].contains("src/main/qualspec: 1 diagnostic at or above the failOn severity 'error' (listed above)")
assert runs[1].contains('BUILD FAILURE')

// 2: generate names the same error and writes nothing.
assert runs[2].contains(':generate (documents) @ error-fails-the-build')
assert runs[2].contains(error)
assert runs[2].contains('Nothing generated: the specifications have errors (listed above)')
assert !new File(basedir, 'target/qualspec').exists() : 'no output folder'

// 3: failOn=fatal is refused in words.
assert runs[3].contains("failOn is 'fatal'; it must be error, warning or info")
assert !runs[3].contains(error) : 'nothing was loaded'
return true
