// Runs only where the pinned sf CLI is installed (it/sf/install-sf.sh needs npm).
if (!new File(sfExecutable).canExecute()) {
    println "${basedir.name} skipped: no sf CLI at ${sfExecutable} (npm missing, or -Dsf.install.skip)"
    return false
}
return true
