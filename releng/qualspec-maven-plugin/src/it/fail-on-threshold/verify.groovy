// Both runs print the two warnings where the files have them: units.qspec line 11 is "\t\toutcome 2 ...",
// column 11 the 2; qualification.qspec line 9 is "qualification 500/8625/X ...", column 15 the number, where
// lifecycle.versionMissing (info by default) is a warning because the project's qualspec.properties says so.
String[] runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert runs.length == 3 : 'two runs in the log'
String first = runs[1]
String last = runs[2]
String warning = '[WARNING] src/main/qualspec/units.qspec:11:11: warning: Outcome 2 has no assessment criteria'
String versionMissing = '[WARNING] src/main/qualspec/qualification.qspec:9:15: warning: Qualification 500/8625/X states no version'
assert first.contains(warning)
assert first.contains(versionMissing)
assert first.contains('[INFO] 2 files checked: 0 errors, 2 warnings, 0 info')
assert first.contains('BUILD SUCCESS')
assert first.contains('[INFO] Wrote ')
assert last.contains(warning)
assert last.contains(versionMissing)
assert last.contains("src/main/qualspec: 2 diagnostics at or above the failOn severity 'warning' (listed above)")
assert last.contains('BUILD FAILURE')

// The first run generated the handbook, structure table and unit page (html and csv only), each file named
// by the slug of its qualification number, library name or unit reference number.
File output = new File(basedir, 'target/qualspec')
assert new File(output, 'index.html').isFile()
assert new File(output, 'qualifications/500-8625-x/handbook.html').isFile()
assert new File(output, 'qualifications/500-8625-x/structure.csv').isFile()
assert new File(output, 'units/sample-customerservice/f-601-1609.html').isFile()
def files = []
output.eachFileRecurse(groovy.io.FileType.FILES) { files << it.name }
assert !files.any { it.endsWith('.pdf') || it.endsWith('.docx') || it.endsWith('.json') } : "only the formats asked for: ${files}"
return true
