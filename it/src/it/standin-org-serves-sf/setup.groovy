import io.github.ecamaven.eca.it.standin.ItOrg

// Starts the stand-in org in the invoker JVM and logs the real sf in as 'it-standin-serves-sf' (HOME = this IT's sf-home, as for its forked build).
// realLogin: this IT proves the real sf logs in to the stand-in (every other IT gets the files that login writes)
def org = ItOrg.start(basedir, [alias: 'it-standin-serves-sf', sfExecutable: sfExecutable, realLogin: true])
println "stand-in org for ${basedir.name} on ${org.instanceUrl}"
return true
