import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')

    // sf wrote the alias of the new package (the stand-in's first 0Ho id) into sfdx-project.json
    def project = new JsonSlurper().parse(new File(basedir, 'sfdx-project.json'))
    def id = project.packageAliases?.get('Nango External App')
    assert id ==~ /0Ho[0-9A-Za-z]{15}/ : project
    assert project.packageDirectories[0].package == 'Nango External App' : project

    // the build reports the id and the alias
    assert log.contains("Created Managed package 'Nango External App' ${id} in it-pc-alias-hub; sfdx-project.json alias \"Nango External App\": \"${id}\".")
    assert !log.contains('sf did not write the alias')

    // the Dev Hub got exactly one Package2 POST, a Managed package in the project's namespace
    def posts = ItOrg.requests(basedir).findAll { it.method == 'POST' && it.path.endsWith('/tooling/sobjects/Package2') }
    assert posts.size() == 1 : ItOrg.requests(basedir).collect { "${it.method} ${it.path}" }
    def body = new JsonSlurper().parseText(posts[0].body)
    assert body.Name == 'Nango External App'
    assert body.ContainerOptions == 'Managed'
    assert body.NamespacePrefix == 'nangons'
    assert posts[0].status == 201
} finally {
    ItOrg.stop(basedir)
}
return true
