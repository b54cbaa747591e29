def baseline = new File(basedir, 'eca-validate-baseline.txt')
assert baseline.isFile()
def entries = baseline.readLines().findAll { !it.startsWith('#') }
assert entries.size() == 1
assert entries[0].contains('ECA-SCOPE-001')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
