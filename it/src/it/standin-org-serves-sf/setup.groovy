import io.github.ecamaven.eca.it.standin.ItOrg

// Starts the stand-in org in the invoker JVM and logs the real sf in as 'it-standin-serves-sf' (HOME = sfHome).
def org = ItOrg.start(basedir, [alias: 'it-standin-serves-sf', sfExecutable: sfExecutable, sfHome: sfHome])
println "stand-in org for ${basedir.name} on ${org.instanceUrl}"
return true
