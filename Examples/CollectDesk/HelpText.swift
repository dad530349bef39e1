/// `--help` for the tool and for each subcommand.
enum HelpText {
    static let common = """
    OPTIONS (every subcommand):
      --lang en|zh        language of the output (default en)
      --as-of YYYY-MM-DD  the day to work as of (default: the portfolio's day, 2026-11-27 for the sample)
      --portfolio FILE    work on this portfolio (.json or .csv, as `import` reads it) instead of the sample
      -h, --help          show help
      --                  end of options: the words after it are text, even if they start with "-"

    EXIT STATUS:
      0  success
      1  runtime or data error (unknown customer, invalid import file, cannot write the report)
      2  usage error (unknown subcommand or option, missing argument, bad date)
    """

    static let tool = """
    collect-desk: today's collections desk on CollectKit, over a bundled sample portfolio
    (56 customers of a Chinese distributor, a year of invoices, payments, promises, excuses)
    or your own (`--portfolio FILE`).

    USAGE: collect-desk [SUBCOMMAND] [ARGUMENTS] [--lang en|zh] [--as-of YYYY-MM-DD] [--portfolio FILE]

    With no subcommand: today's worklist and the plans behind its top 3 actions.

    SUBCOMMANDS:
      worklist            today's actions per collector: who, what to ask, channel, why
      plan CUSTOMER       the full plan for one customer (id such as C007, or part of the name)
      triage "TEXT"       assess an excuse: category, confidence, evidence, talking points
      review "DRAFT"      review a collector's message: weak tactics, why, a firmer rewrite
      metrics             aging, DSO, best possible DSO, ADD, CEI, promise kept rates
      import FILE         check and load a portfolio (.json or .csv), print a summary and aging
      report --html FILE  write a self-contained HTML report with inline SVG charts

    Run `collect-desk SUBCOMMAND --help` for details.

    """ + common

    static func forCommand(_ command: String?) -> String {
        switch command {
        case "worklist"?:
            return """
            USAGE: collect-desk worklist [--collector ID] [--top N]

            Today's ranked actions, grouped by collector, within each collector's daily capacity:
            the customer, channel and intensity, the amount to ask for and by when, the escalation
            level, and why (priority points and their parts).
              --collector ID  only this collector's actions
              --top N         also print the plans behind the N highest-priority actions (default 0;
                              3 when collect-desk runs without a subcommand)

            """ + common
        case "plan"?:
            return """
            USAGE: collect-desk plan CUSTOMER

            The collection plan for one customer: what is owed and overdue per currency, the target,
            the anchored ask with its rationale (learnt from what the customer paid of past asks),
            installments, the next contacts and cadence, the escalation level, and tactics for the
            excuses they have used. CUSTOMER is an id (C007) or a unique part of the name.

            """ + common
        case "triage"?:
            return """
            USAGE: collect-desk triage "TEXT" [--customer ID]

            Names the excuse in what a customer said (category and confidence), shows the words that
            gave it away, weighs it against what we know (with --customer: their promise and payment
            record in the sample), and lists what to verify and what to say.
            Example: collect-desk triage "最近资金紧张" → cash_flow_tight

            """ + common
        case "review"?:
            return """
            USAGE: collect-desk review "DRAFT" [--customer ID]

            Flags weak tactics in a collector's draft (pleading, quota_disclosure, unapproved_incentive,
            vague_request, passive_close), says why each costs money, and proposes a firmer rewrite.
            With --customer the rewrite names the plan's ask and pay-by date.

            """ + common
        case "metrics"?:
            return """
            USAGE: collect-desk metrics

            Aging per bucket per currency; DSO, best possible DSO and average days delinquent; the
            collection effectiveness index; promise kept rates, strict (kept in full) and weighted (by
            share paid) — over the 90 days ending on the as-of day.

            """ + common
        case "import"?:
            return """
            USAGE: collect-desk import FILE

            Reads a portfolio in JSON (.json, a PortfolioDocument) or CSV (.csv, one file with a
            `record` column), checks every record, and prints a summary and the aging of the imported
            portfolio. Formats: Documentation/ImportFormats.md. Every error names file:line: field;
            with any error nothing is imported and the exit status is 1. Progress goes to standard
            error every 10,000 records. To work on the file, pass `--portfolio FILE` to any other
            subcommand (`collect-desk worklist --portfolio FILE`).

            """ + common
        case "report"?:
            return """
            USAGE: collect-desk report --html FILE

            Writes one self-contained HTML page (inline CSS and SVG, no scripts, no external
            resources): aging by bucket per currency, promise kept rate by month, and the ten
            customers most at risk with their asks.

            """ + common
        default:
            return tool
        }
    }
}
