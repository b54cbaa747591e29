def log = new File(basedir, 'build.log').text
def local = new File(basedir, 'target/empty-local-repo/io/github/ecamaven')
// what the fresh local repository got, and from where: the plugin and its parent POM from the file repository
['eca-maven-plugin', 'eca-maven-plugin-parent'].each { a ->
    def versions = new File(local, a).listFiles()?.findAll { it.isDirectory() }
    assert versions?.size() == 1 : "$a was not resolved into the empty local repository"
    def dir = versions[0]
    def origins = new File(dir, '_remote.repositories').readLines().findAll { it.contains('>') }
    assert origins && origins.every { it.contains('>eca-file-repo=') } : "$a came from elsewhere: $origins"
}
// the plugin jar carries its libraries: its POM names no runtime dependency, so none was resolved
assert !new File(local, 'eca-model').exists() : 'eca-model resolved separately although the plugin jar carries it'
assert !new File(basedir, 'target/empty-local-repo/org/glassfish/jaxb').exists() : 'the JAXB RI resolved separately'
assert !new File(basedir, 'target/empty-local-repo/com/fasterxml/jackson/core/jackson-databind').exists()
def jar = new File(local, 'eca-maven-plugin').listFiles().find { it.isDirectory() }.listFiles()
        .find { it.name.endsWith('.jar') }
def entries = new java.util.zip.ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('io/github/ecamaven/eca/model/io/MetadataXml.class')
assert entries.contains('META-INF/services/jakarta.xml.bind.JAXBContextFactory')
assert log.contains('from eca-file-repo') : 'downloaded from the file repository'
assert log.contains('Created force-app/main/default/externalClientApps/Nango_Integration.eca-meta.xml')
assert log.contains('eca:validate: 0 error(s)')
assert log.contains('All 7 files are up to date') : 'the second build rewrites nothing'
assert log.count('BUILD SUCCESS') == 2
return true
