from qnplan.cli import main

main()
