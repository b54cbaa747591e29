import io.github.ecamaven.eca.it.standin.ItOrg

// Starts the stand-in org in the invoker JVM and logs the real sf in as 'it-standin-serves-sf' (HOME = this IT's sf-home, as for its forked build).
def org = ItOrg.start(basedir, [alias: 'it-standin-serves-sf', sfExecutable: sfExecutable])
println "stand-in org for ${basedir.name} on ${org.instanceUrl}"
return true
