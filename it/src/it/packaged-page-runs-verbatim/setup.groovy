import io.github.ecamaven.eca.it.standin.ItOrg
import io.github.ecamaven.eca.it.standin.SfCli
import java.nio.file.Path

// 1. This IT runs the page as printed: its POM (pom.xml) and its command lines (invoker.properties), in order.
def page = new File(basedir, '../../../../eca-maven-plugin/src/site/markdown/usage-packaged.md.vm').text
def pagePom = (page =~ /(?s)```xml\n(<project.*?<\/project>)\n```/)[0][1]
def pom = new File(basedir, 'pom.xml').text
        .replaceFirst(/(?s)<!--.*?-->\n/, '')
        .replace('<groupId>io.github.ecamaven</groupId>', '<groupId>${project.groupId}</groupId>')
        .replace('<artifactId>eca-maven-plugin</artifactId>', '<artifactId>${project.artifactId}</artifactId>')
        .replaceFirst(/(<artifactId>\$\{project.artifactId}<\/artifactId>\s*)<version>[^<]+<\/version>/,
                '$1<version>\\${project.version}</version>')
assert pom.contains(pagePom) : "pom.xml is not the POM of usage-packaged.md.vm any more:\n${pom}\n---\n${pagePom}"

def pageCommands = (page =~ /(?:([A-Z_]+)=(\S+) )?mvn (eca:[^`\n]+)/).collect { [env: it[1], value: it[2], line: it[3].trim()] }
def props = new Properties()
new File(basedir, 'invoker.properties').withReader { props.load(it) }
def run = (1..99).collect { props.getProperty("invoker.goals.${it}") }.findAll { it != null }
assert run.every { it.endsWith(' eca:validate') } : run
// one of the three ways to build a version (the key from the environment); no resume, as the build ends in the wait
def taken = pageCommands.findAll {
    (!it.line.startsWith('eca:package-version-create') || it.env != null) && !it.line.startsWith('eca:package-version-report')
}
assert run.collect { it - ~/ eca:validate$/ } == taken*.line : "invoker.goals.N are not the page's commands:\n${run.join('\n')}\n---\n${taken*.line.join('\n')}"
taken.findAll { it.env }.each { assert props.getProperty("invoker.environmentVariables.${it.env}") == it.value : it }

// 2. A stand-in Dev Hub with the page's namespace, logged in as the page's 'my-dev-hub'; the same org serves as the
// page's 'customer-sandbox', where the version is installed.
ItOrg.start(basedir, [alias: 'my-dev-hub', sfExecutable: sfExecutable, namespacePrefix: 'acmenango',
                      versionCreate: 'SUCCESS', versionCreatePolls: 0, install: 'SUCCESS'])
def login = new SfCli(Path.of(sfExecutable), new File(basedir, 'sf-home').toPath())
        .login(ItOrg.org(basedir), 'customer-sandbox', basedir.toPath(), false, false)
assert login.exitCode() == 0 : login
return true
