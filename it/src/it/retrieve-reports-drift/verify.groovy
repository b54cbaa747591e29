import com.fasterxml.jackson.databind.ObjectMapper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    assert log.contains('Drift in Nango_Integration: globalOauth.isPkceRequired: repository true, org false')
    assert log.contains('Drift in Nango_Integration: policies.refreshTokenPolicyType: repository Infinite, org SpecificInactivity 30 Days')
    assert !log.contains('3MVGstandinConsumerKey')
    // compared with the files the <apps> configuration generates, written to a scratch folder
    assert log.contains('Comparing the org with what <apps> declares')
    assert new File(basedir, 'target/eca/configuration/force-app/main/default/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml').isFile()

    def drift = new ObjectMapper().readTree(new File(basedir, 'target/eca/drift.json'))
    def fields = drift.get('fields').collect { it.get('component').asText() + '.' + it.get('field').asText() }
    assert fields == ['globalOauth.isPkceRequired', 'policies.refreshTokenPolicyType'] : fields
    assert drift.get('missingInOrg').size() == 0
    assert new File(basedir, 'target/eca/drift.md').text.contains('| `globalOauth.isPkceRequired` | true | false |')

    // retrieved into target/eca/retrieved, never over the working tree
    def retrieved = new File(basedir, 'target/eca/retrieved')
    def names = []
    retrieved.eachFileRecurse { if (it.isFile()) names << it.name }
    assert names.contains('Nango_Integration_glbloauth.ecaGlblOauth-meta.xml') : names
    assert new File(basedir, 'force-app/main/default/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml')
            .text.contains('<isPkceRequired>true</isPkceRequired>')
    assert ItOrg.requests(basedir).any { it.soapAction == 'retrieve' }
} finally {
    ItOrg.stop(basedir)
}
return true
