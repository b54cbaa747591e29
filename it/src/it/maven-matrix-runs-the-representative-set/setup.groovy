import io.github.ecamaven.eca.it.standin.ItOrg

// one copy of the sfdx project per Maven version, so every version does the same work from the same start
['v3.6.3', 'v3.8.8', 'v3.9', 'v4.0.0-rc-5'].each { v ->
    def to = new File(basedir, v)
    new File(basedir, 'template').eachFileRecurse { f ->
        def rel = basedir.toPath().resolve('template').relativize(f.toPath())
        def target = to.toPath().resolve(rel).toFile()
        if (f.isDirectory()) { target.mkdirs() } else { target.parentFile.mkdirs(); target.bytes = f.bytes }
    }
}
ItOrg.start(basedir, [alias: 'it-maven-matrix', sfExecutable: sfExecutable])
return true
