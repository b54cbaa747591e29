import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE')
    assert log =~ /The deploy \S+ failed/
    assert log =~ /extlClntAppGlobalOauthSets\/Nango_Integration_glbloauth\.ecaGlblOauth.*Callback URL must use https/
} finally {
    ItOrg.stop(basedir)
}
return true
