"""The hostile-server suite: the transport against servers that misbehave on purpose.

One module per rule of the transport contract; test/hostile/README.md lists what each covers.
"""
