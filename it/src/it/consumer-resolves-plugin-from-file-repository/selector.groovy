// The file repository is filled by the deploy-to-file-repo execution of `./mvnw -B verify`; a run that picks ITs
// (-Dinvoker.test) or sets -Deca.fileRepo.skip=true skips that deploy.
if (!new File(fileRepo, 'io/github/ecamaven/eca-maven-plugin').isDirectory()) {
    println "${basedir.name} skipped: nothing deployed to ${fileRepo} (-Dinvoker.test or -Deca.fileRepo.skip)"
    return false
}
return true
