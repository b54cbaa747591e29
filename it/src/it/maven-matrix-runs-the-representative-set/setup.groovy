import io.github.ecamaven.eca.it.standin.ItOrg
import java.nio.file.Files
import java.nio.file.Path

// One copy of this project per Maven version (invoker.project.N), so every version does the same work from the same
// start: the POM (filtered by the invoker), the sfdx project of template/, and the sf login of this IT. Each build
// runs in its copy, and so does every sf it starts: its relative HOME sf-home is the copy's.
ItOrg.start(basedir, [alias: 'it-maven-matrix', sfExecutable: sfExecutable])
def copy = { Path from, Path to ->
    Files.walk(from).forEach { f ->
        def target = to.resolve(from.relativize(f).toString())
        if (Files.isDirectory(f)) { Files.createDirectories(target) } else { Files.copy(f, target) }
    }
}
['v3.6.3', 'v3.8.8', 'v3.9', 'v4.0.0-rc-5'].each { v ->
    def to = basedir.toPath().resolve(v)
    copy(basedir.toPath().resolve('template'), to)
    Files.copy(basedir.toPath().resolve('pom.xml'), to.resolve('pom.xml'))
    copy(basedir.toPath().resolve('sf-home'), to.resolve('sf-home'))
}
return true
