// Help texts of `osce-kg` and each subcommand (kept together so docs/cli.md and --help stay in step).

export const MAIN_HELP = `osce-kg — the OSCE migration-governance knowledge graph on the command line

Usage: osce-kg <command> [options]

Commands:
  export     write the graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD
  query      run a SPARQL query on the graph (or on a remote endpoint)
  validate   check the graph: SHACL shapes, verbatim quotes, provenance, identifiers
  stats      count entities by class and statements by predicate
  serve      start a SPARQL 1.1 Protocol endpoint and the explorer
  push       load the graph into a triple store (SPARQL 1.1 Graph Store Protocol)
  ingest     draft passages, mentions and candidate statements from a new document
  site       write the graph as a static web publication (a page and RDF files per resource)

Without DATA files, a command works on the bundled graph (graph-data/*.trig + ontology.ttl).
Run "osce-kg <command> --help" for a command's options.

Every command that reads RDF files (or "-" for stdin) takes --max-input SIZE: refuse an input longer than SIZE
bytes (K, M, G suffixes; default and most 512M). Images, archives and NUL bytes are refused as "not an RDF file".

Exit codes: 0 success; 1 failed validation or query (also a syntax error in a data file or a query, a refused
input, a query timeout, a refused push); 2 bad usage (unknown command or option, bad option value, missing path,
directory given).`;

export const COMMAND_HELP: Record<string, string> = {
  export: `Usage: osce-kg export [--format ttl|nt|nq|trig|jsonld] [--out FILE] [--void [--site-url URL] [--sparql URL]] [DATA…]

Writes the graph in one RDF format. N-Quads and TriG keep the provenance (each statement in the named
graph of the passage that supports it); Turtle, N-Triples and JSON-LD hold the union of all statements.

Options:
  -f, --format FMT   ttl, nt, nq, trig or jsonld (default: from --out's extension, else ttl)
  -o, --out FILE     write to FILE (replaced atomically) instead of stdout; a directory is bad usage
  --void             write the dataset's VoID/DCAT description instead of the data (its counts are
                     those of \`osce-kg stats\` on the same data)
  --site-url URL     with --void: the dumps (data.nq, data.ttl …) are listed under URL
  --sparql URL       with --void: the SPARQL endpoint that serves the data
  --max-input SIZE   refuse an input file longer than SIZE (default and most 512M)
  DATA…              RDF files to read instead of the bundled graph ("-" reads stdin)

Examples:
  osce-kg export --format nq > osce-kg.nq
  osce-kg export --out osce-kg.jsonld
  osce-kg export --void --site-url https://example.org/osce-kg/ --out void.ttl`,

  query: `Usage: osce-kg query ('SPARQL' | --file Q.rq) [--data FILE…] [--endpoint URL] [options]

Runs a SPARQL 1.1 query on the bundled graph (or --data files) in a worker, or on a remote endpoint.

Options:
  -q, --file FILE     read the query from FILE ("-" reads stdin)
  -d, --data FILE     query these RDF files instead of the bundled graph (repeatable)
  -e, --endpoint URL  send the query to a SPARQL 1.1 Protocol endpoint instead
  -f, --format FMT    SELECT/ASK results: table (default), json, xml, csv, tsv;
                      CONSTRUCT/DESCRIBE: ttl (default), nt, nq, trig, jsonld
  -t, --timeout MS    stop the query after MS milliseconds (default 10000, at most 2147483647)
  -l, --limit N       at most N result rows (default 10000)
  --max-input SIZE    refuse a data or query file longer than SIZE (default and most 512M)

Examples:
  osce-kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  osce-kg query --file q.rq --format csv
  osce-kg query --endpoint http://127.0.0.1:8890/sparql 'ASK { ?s ?p ?o }'`,

  validate: `Usage: osce-kg validate [--format text|json] [DATA…]

Validates the graph against graph-data/shapes.ttl (SHACL) and the checks SHACL cannot do: every quote is
verbatim in its source, every asserted statement sits in a passage graph, identifiers do not collide.
Prints a report; exits 1 when there is a violation (warnings are shown but do not fail).

Options:
  --format FMT       text (default) or json
  --max-input SIZE   refuse an input file longer than SIZE (default and most 512M)
  DATA…              RDF files to validate instead of the bundled graph`,

  ingest: `Usage: osce-kg ingest [--source-id ID] [--out DRAFT.trig] FILE

Reads a plain-text or markdown document (UTF-8), splits it into sentences and finds the entities the graph
knows (names, acronyms, identifiers, en-GB/en-US spellings), decision identifiers, SDG goals and targets,
dates and organisations the graph does not know yet. Writes a draft TriG: the source document (with its
SHA-256), one okg:Passage per sentence that mentions something (verbatim quote, text position, mentions), and
each candidate statement or new entity in a graph of its own marked okg:candidate true. Review the draft in
the explorer (Import, then Accept / Reject); validate refuses unreviewed candidates.
Refuses binary files, invalid UTF-8, empty documents and a text already in the graph; writes nothing then.

Options:
  --source-id ID    local name of the document: id:source-ID (default: the file name as a slug)
  --out FILE        write the draft there (default: stdout)`,

  stats: `Usage: osce-kg stats [--format text|json] [DATA…]

Counts entities by class and statements by predicate.

Options:
  --format FMT       text (default) or json
  --max-input SIZE   refuse an input file longer than SIZE (default and most 512M)
  DATA…              RDF files to count instead of the bundled graph`,

  serve: `Usage: osce-kg serve [--port N] [--host H] [--data FILE… | --endpoint URL] [options]

Starts a read-only SPARQL 1.1 Protocol endpoint at /sparql (GET ?query=, POST application/sparql-query
or form-encoded; GET /sparql without a query is its Service Description), the dataset at /data.nq (and
/data.ttl, .nt, .trig, .jsonld), and the built explorer from dist/ at /. Every IRI resolves: /id/NAME is
the resource's page (text/html) or its description (text/turtle, application/n-triples,
application/ld+json, application/trig with provenance) by the Accept header, or by a suffix
(/id/NAME.ttl, .nt, .jsonld, .trig, .html); /ontology documents the ontology; /.well-known/void
describes the dataset (VoID and DCAT).

Options:
  -p, --port N        port (default 3030; 0 picks a free one)
  -H, --host H        interface (default 127.0.0.1)
  -d, --data FILE     serve these RDF files instead of the bundled graph (repeatable)
  -e, --endpoint URL  proxy a remote SPARQL endpoint instead (read-only, same limits; its failures are 502
                      with the reason); the explorer then starts in remote mode (/?endpoint=/sparql)
  -t, --timeout MS    query timeout, counted from the query's arrival (default 10000, at most 2147483647)
  -l, --limit N       result row limit (default 10000)
  --workers N         query workers (default: one per core), plus one that runs each query for at most
                      250 ms first, so a few runaway queries never keep a cheap one waiting
  --short-limit MS    how long the short-query worker runs a query before passing it on (default 250;
                      0: no short-query worker)
  --queue N           queries that may wait for a worker (default 4 per worker); past it: 503 + Retry-After
  --memory-limit MB   how far queries may grow the server's memory past the loaded data (default 1024);
                      past it the longest query is stopped (503) and its worker replaced
  --allow-service     allow SERVICE (federated queries; refused by default)
  --static DIR        directory of the explorer build (default: dist/)
  --max-input SIZE    refuse a data file longer than SIZE (default and most 512M)`,

  site: `Usage: osce-kg site --out DIR [--site-url URL] [--static DIR | --no-explorer] [DATA…]

Writes the graph as a static publication that any web host can serve: for every resource under
https://w3id.org/osce-kg/id/ a page (id/NAME.html) and its description in Turtle, N-Triples, JSON-LD and
TriG (id/NAME.ttl, .nt, .jsonld, .trig); id/index.html; ontology.html and ontology.ttl; the dumps
(data.nq, .trig, .ttl, .nt, .jsonld); the VoID/DCAT description (void.ttl, .well-known/void, void.html);
sitemap.xml; an .htaccess that resolves extension-less IRIs by the Accept header; w3id/.htaccess, the
redirect rules for the w3id.org entry; and the built explorer.

Options:
  -o, --out DIR       directory to write (created; existing files are replaced)
  --site-url URL      the address DIR will be served at (default http://localhost:8080/): the sitemap,
                      the VoID dumps and the w3id.org redirects point there
  --static DIR        the explorer build to copy in (default: dist/)
  --no-explorer       leave the explorer out
  --quiet             no progress messages
  --max-input SIZE    refuse an input file longer than SIZE (default and most 512M)
  DATA…               RDF files to publish instead of the bundled graph

Example:
  npm run build && osce-kg site --out public --site-url https://example.org/osce-kg/`,

  push: `Usage: osce-kg push --endpoint URL [--graph IRI] [--user U --password P] [options] [DATA…]

Loads the graph into a triple store through the SPARQL 1.1 Graph Store Protocol (HTTP PUT of N-Triples,
Digest or Basic authentication as the store asks).

Options:
  -e, --endpoint URL  the store's Graph Store Protocol URL
                      (Virtuoso: http://127.0.0.1:8890/sparql-graph-crud-auth)
  -g, --graph IRI     target graph (default https://w3id.org/osce-kg/graph)
  -u, --user U        user name (or OSCE_KG_USER)
  --password P        password (or OSCE_KG_PASSWORD, which keeps it out of the process list)
  --named-graphs      also write each passage's named graph, for provenance queries
  --append            add to the graph (POST) instead of replacing it (PUT)
  --connect-timeout MS  give up when the connection is not made within MS (default 10000)
  -t, --timeout MS    give up when a request's whole answer has not come within MS (default 300000)
  --verify            afterwards, count the triples in each written graph through the store's SPARQL
                      endpoint and fail if they differ from what was sent
  --query-endpoint URL  the SPARQL endpoint for --verify (default: derived for Virtuoso, Fuseki, Oxigraph)
  --max-input SIZE    refuse an input file longer than SIZE (default and most 512M)
  DATA…               RDF files to push instead of the bundled graph

Only a 307/308 redirect to the same origin is followed (same method and body); any other redirect, a web
page instead of the store's answer, a time limit or an answer cut off ends with exit 1 and the reason.

Example:
  osce-kg push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba`,
};
