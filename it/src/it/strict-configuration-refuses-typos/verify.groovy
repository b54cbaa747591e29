// -V prints "Apache Maven <version>" first: one section of build.log per invocation, in the order of
// invoker.properties (3.6.3, then the wrapper's, for each typo)
def log = new File(basedir, 'build.log').text
def sections = log.split(/(?m)^(?=Apache Maven )/).findAll { it.startsWith('Apache Maven ') }
assert sections.size() == 6 : "six Maven invocations expected, found ${sections.size()}"
def expected = [
    "-Deca.targetorg is no property of eca-maven-plugin; did you mean 'eca.targetOrg'?",
    "<profil> in the <configuration> of eca-maven-plugin (",
    "<apps><app> Nango_Integration: <contactEmial> is no element of <app>; did you mean <contactEmail>?"]
sections.eachWithIndex { s, i ->
    def maven = i % 2 == 0 ? '3.6.3' : '3.9'
    assert s.startsWith("Apache Maven $maven") : "invocation ${i + 1}: Maven $maven expected:\n${s.readLines()[0]}"
    assert s.contains(expected[i.intdiv(2)]) : "invocation ${i + 1} (Maven $maven) lacks: ${expected[i.intdiv(2)]}"
    assert s.contains('BUILD FAILURE')
}
// the element names the closest parameter and where the POM has it
sections[2..3].each { assert it.contains("is no parameter of any of its goals; did you mean <profile>?") }
// the <app> element links the reference page, and Maven's own message is gone
sections[4..5].each {
    assert it.contains('app-settings.html')
    assert !it.contains("Cannot find 'contactEmial'")
}
// nothing was written
assert !new File(basedir, 'force-app').exists()
return true
