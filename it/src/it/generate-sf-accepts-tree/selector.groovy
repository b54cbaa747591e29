// needs the pinned sf CLI (installed by it/sf/install-sf.sh); skip, saying why, when it is not there
def sf = new File(sfExecutable.toString())
if (!sf.exists()) {
    println "[generate-sf-accepts-tree] skipped: no sf CLI at ${sf}"
    return false
}
return true
