// The IT folder becomes the repository: a real git repository, as CI checks it out.
def git = ['git', 'init', '-q', basedir.absolutePath].execute()
git.waitForProcessOutput(System.out, System.err)
assert git.exitValue() == 0 : 'git init failed'
return true
