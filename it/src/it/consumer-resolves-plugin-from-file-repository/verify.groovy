def log = new File(basedir, 'build.log').text
def local = new File(basedir, 'target/empty-local-repo/io/github/ecamaven')
// what the fresh local repository got, and from where: every io.github.ecamaven artifact from the file repository
['eca-maven-plugin', 'eca-model', 'eca-maven-plugin-parent'].each { a ->
    def versions = new File(local, a).listFiles()?.findAll { it.isDirectory() }
    assert versions?.size() == 1 : "$a was not resolved into the empty local repository"
    def dir = versions[0]
    def origins = new File(dir, '_remote.repositories').readLines().findAll { it.contains('>') }
    assert origins && origins.every { it.contains('>eca-file-repo=') } : "$a came from elsewhere: $origins"
}
assert log.contains('from eca-file-repo') : 'downloaded from the file repository'
assert log.contains('Created force-app/main/default/externalClientApps/Nango_Integration.eca-meta.xml')
assert log.contains('eca:validate: 0 error(s)')
assert log.contains('All 7 files are up to date') : 'the second build rewrites nothing'
assert log.count('BUILD SUCCESS') == 2
return true
