def log = new File(basedir, 'build.log').text
def D = 'force-app/main/default/externalClientApps'
['Deep', 'Deeper'].each { name ->
    assert log =~ /\[ERROR\] ${D}\/${name}\.eca-meta\.xml:5:\d+: ERROR \[ECA-XML-001\] elements are nested more than 100 deep here/ : "missing: ${name}"
}
assert log.contains("[ERROR] ${D}/Latin.eca-meta.xml:5:15: ERROR [ECA-XML-001] the file is not valid UTF-8 (byte 0xE9 here)")
assert !log.contains('StackOverflowError')
assert !log.contains('OutOfMemoryError')
assert !log.contains('[Fatal Error]')
// -fae: the hostile module fails, the next one is still validated and passes
assert log =~ /eca-it-hostile-module( 1\.0)? \.+ FAILURE/
assert log =~ /eca-it-clean-module( 1\.0)? \.+ SUCCESS/
assert log.contains('BUILD FAILURE')
return true
