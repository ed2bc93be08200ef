"""The hostile-server suite of issue 14: the transport against servers that misbehave on purpose.

One module per rule of the transport contract; test/hostile/README.md lists what each covers.
"""
