from qnplan.cli.app import main

main()
