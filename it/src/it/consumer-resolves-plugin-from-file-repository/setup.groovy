// Central is reached through the builder's own local repository (a file:// read-through copy of Central), so the
// IT does not depend on the network; the plugin is in the file repository only.
def central = new File(userRepository).toURI().toString()
def repo = new File(fileRepo).toURI().toString()
def repos = { String kind -> """
      <${kind}>
        <id>eca-file-repo</id>
        <url>${repo}</url>
      </${kind}>
      <${kind}>
        <id>central</id>
        <url>${central}</url>
        <releases><checksumPolicy>ignore</checksumPolicy></releases>
        <snapshots><enabled>false</enabled></snapshots>
      </${kind}>""" }
new File(basedir, 'consumer-settings.xml').text = """<settings>
  <profiles>
    <profile>
      <id>consumer</id>
      <repositories>${repos('repository')}
      </repositories>
      <pluginRepositories>${repos('pluginRepository')}
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>consumer</activeProfile>
  </activeProfiles>
</settings>
"""
assert !new File(basedir, 'target/empty-local-repo').exists()
return true
