// Both runs print the warning where the file has it: line 11 is "\t\toutcome 2 ...", column 11 the 2.
String[] runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert runs.length == 3 : 'two runs in the log'
String first = runs[1]
String last = runs[2]
String warning = '[WARNING] src/main/qualspec/units.qspec:11:11: warning: Outcome 2 has no assessment criteria'
assert first.contains(warning)
assert first.contains('BUILD SUCCESS')
assert first.contains('[INFO] Wrote ')
assert last.contains(warning)
assert last.contains("src/main/qualspec: 1 diagnostic at or above the failOn severity 'warning' (listed above)")
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
