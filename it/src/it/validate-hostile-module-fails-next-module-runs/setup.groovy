// The hostile files are generated: a 1.4 MB file is no fixture to keep in the repository.
def dir = new File(basedir, 'hostile/force-app/main/default/externalClientApps')
dir.mkdirs()
def app = { String label ->
    '<?xml version="1.0" encoding="UTF-8"?>\n<ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
            '    <contactEmail>ops@example.com</contactEmail>\n    <distributionState>Local</distributionState>\n' +
            '    <label>' + label + '</label>\n</ExternalClientApplication>\n'
}
new File(dir, 'Deep.eca-meta.xml').text = app('<a>' * 3000 + '</a>' * 3000)
new File(dir, 'Deeper.eca-meta.xml').text = app('<a>' * 200000 + '</a>' * 200000)
new File(dir, 'Latin.eca-meta.xml').bytes = app('Caf\u00e9').getBytes('ISO-8859-1')
return true
