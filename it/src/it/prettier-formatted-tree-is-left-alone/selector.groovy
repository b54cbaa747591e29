// Needs the real sf (to create the project and its .prettierrc) and the pinned prettier (both installed with npm).
if (!new File(sfExecutable).canExecute()) {
    println "${basedir.name} skipped: no sf CLI at ${sfExecutable} (npm missing, or -Dsf.install.skip)"
    return false
}
if (!new File(prettierDir, 'node_modules/.bin/prettier').canExecute()) {
    println "${basedir.name} skipped: no prettier in ${prettierDir} (npm missing, or -Dsf.install.skip)"
    return false
}
return true
