import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD FAILURE')
    assert log.contains('the retrieve did not bring every configured component')
    assert log.contains('ExtlClntAppGlobalOauthSettings Nango_Integration_glbloauth')
} finally {
    ItOrg.stop(basedir)
}
return true
