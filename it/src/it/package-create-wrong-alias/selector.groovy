// needs the pinned real sf (it/sf/install-sf.sh); skipped with a message when it is not installed
def sf = new File(sfExecutable)
if (!sf.canExecute()) {
    println "Skipping: the pinned sf CLI is not installed at ${sf} (npm missing?)"
    return false
}
return true
