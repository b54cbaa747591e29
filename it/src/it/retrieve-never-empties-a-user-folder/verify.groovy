import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE')
    assert log.contains('eca.retrieve.outputDirectory is ') && log.contains('which holds files eca-maven-plugin did not create')
    assert log.contains('Nothing was deleted')

    // the user's files are all still there
    assert new File(basedir, 'docs/guide.md').text.contains('must never delete this')
    assert new File(basedir, 'pom.xml').isFile()
    assert new File(basedir, 'sfdx-project.json').isFile()
    assert new File(basedir, 'force-app/main/default/externalClientApps/Nango_Integration.eca-meta.xml').isFile()

    // the plugin's own folder holds its marker and what the real sf retrieved
    def retrieved = new File(basedir, 'retrieved')
    assert new File(retrieved, '.eca-maven-plugin-output').isFile()
    def names = []
    retrieved.eachFileRecurse { if (it.isFile()) names << it.name }
    assert names.contains('Nango_Integration_glbloauth.ecaGlblOauth-meta.xml') : names
    assert ItOrg.requests(basedir).count { it.soapAction == 'retrieve' } >= 2
} finally {
    ItOrg.stop(basedir)
}
return true
