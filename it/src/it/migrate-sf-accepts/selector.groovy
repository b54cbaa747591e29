// Runs only where the pinned sf CLI is installed (it/sf/install-sf.sh); says why otherwise.
def sf = new File(sfExecutable.toString())
if (!sf.isFile()) {
    println "SKIPPED migrate-sf-accepts: no sf CLI at ${sf} (install the pinned sf to run this IT)"
    return false
}
return true
