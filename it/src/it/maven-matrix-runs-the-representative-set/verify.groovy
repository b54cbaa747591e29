import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    def versions = ['3.6.3', '3.8.8', '3.9', '4.0.0-rc-5']
    // -V prints "Apache Maven <version>" first: one section of the log per invocation
    def starts = (log =~ /(?m)^Apache Maven (\S+)/).collect { it[1] }
    def sections = log.split(/(?m)^(?=Apache Maven )/).findAll { it.startsWith('Apache Maven ') }
    assert sections.size() == 4 : "four Maven invocations expected, found: $starts"
    def app = 'force-app/main/default/externalClientApps/'
    def rows = []
    def ok = true
    versions.eachWithIndex { v, i ->
        def s = sections[i]
        def dir = new File(basedir, "v$v")
        def report = new File(dir, 'target/eca')
        def steps = [
            'maven': s.startsWith("Apache Maven $v"),
            'generate': s.contains("Created ${app}Nango_Integration.eca-meta.xml"),
            'validate + reports': s.contains('eca:validate: 0 error(s)')
                    && new File(report, 'eca-validate.sarif').isFile() && new File(report, 'TEST-eca-validate.xml').isFile(),
            'generate rerun (no-op)': s.count('All 7 files are up to date') >= 1,
            'check': s.count('All 7 files are up to date') == 2,
            'migrate': new File(dir, "${app}Order_Sync.eca-meta.xml").isFile()
                    && new File(report, 'migrate-Order_Sync.md').isFile(),
            'deploy (stand-in org)': s.contains('Deployed 5 External Client App file(s)'),
            'build': s.contains('BUILD SUCCESS')]
        if (v in ['3.9', '4.0.0-rc-5']) {
            // run with -Dmaven.plugin.validation=VERBOSE: nothing about this plugin or its dependencies
            def warnings = s.readLines().findAll { it.startsWith('[WARNING]') && !it.contains('[ECA-') && !it.contains('E3: ') }
            steps['plugin validation (VERBOSE)'] = !s.contains('Plugin validation issues') && !warnings.any {
                it.contains('eca-maven-plugin') || it.contains('io.github.ecamaven') || it.contains('eca-model')
                        || it.contains('jackson') || it.contains('jaxb') }
        }
        steps.each { step, passed ->
            rows << "| ${v} | ${step} | ${passed ? 'pass' : 'FAIL'} |"
            ok &= passed
        }
    }
    def table = "| Maven | step | result |\n|---|---|---|\n" + rows.join('\n') + '\n'
    new File(basedir, 'target').mkdirs()
    new File(basedir, 'target/maven-matrix.md').text = table
    println table
    assert ok : "the Maven matrix has failures:\n$table"
} finally {
    ItOrg.stop(basedir)
}
return true
