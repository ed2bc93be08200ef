"""The main job (`make demo`): the Hub quickstart against a local stand-in server."""

from hub_quickstart import main

if __name__ == "__main__":
    main()
