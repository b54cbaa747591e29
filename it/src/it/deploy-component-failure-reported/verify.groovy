import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE')
    assert log =~ /The deploy \S+ failed/
    // the project file of the component, not the path inside the deployed package
    assert log =~ /force-app\/main\/default\/extlClntAppGlobalOauthSets\/Nango_Integration_glbloauth\.ecaGlblOauth-meta\.xml.*Callback URL must use https/
} finally {
    ItOrg.stop(basedir)
}
return true
