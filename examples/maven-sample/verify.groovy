// Run by the Maven plugin's integration test after "mvn verify" of this project.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('Log4j API could not find a logging provider') : 'POI logs through the simple logger'
assert log =~ /\[INFO\] \d+ files checked: 0 errors, \d+ warnings?, \d+ info/ : 'validate checked every example'

// A handbook in HTML and PDF and a structure table for each of the examples' qualifications, e.g. the
// OCR Level 2 NVQ Certificate in Customer Service (500/8625/X) and SFJ Awards' Level 2 Certificate (603/4767/3).
File output = new File(basedir, 'target/qualspec')
assert new File(output, 'index.html').isFile()
for (String number : ['500-8625-x', '603-4767-3']) {
    for (String document : ['handbook.html', 'handbook.pdf', 'structure.csv']) {
        File file = new File(output, "qualifications/${number}/${document}")
        assert file.isFile() && file.length() > 0 : "${file} was generated"
    }
}
assert new File(output, 'qualifications/500-8625-x/handbook.pdf').bytes[0..4] == '%PDF-'.bytes.toList()
return true
