def log = new File(basedir, 'build.log').text
assert !log.contains('[ECA-SCOPE-001]') : 'the baselined finding must not be printed'
assert log.contains("force-app/main/default/externalClientApps/Nango_App.eca-meta.xml:4:5: ERROR [ECA-XML-004] 'Packageable'")
assert log.contains('1 accepted by the baseline')
assert log.contains('eca:validate: found 1 new finding(s)')
return true
