// A small C API over libxapian, shaped after notmuch's: opaque handles, a status for every call,
// results through out-parameters, and a message the caller frees with mx_free_string.
// No C++ type or exception crosses this header.
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    MX_OK = 0,
    MX_DATABASE_NOT_FOUND,   // Xapian::DatabaseNotFoundError
    MX_DATABASE_LOCKED,      // Xapian::DatabaseLockError: another writer holds the lock
    MX_DATABASE_MODIFIED,    // Xapian::DatabaseModifiedError: reopen and retry
    MX_DATABASE_CORRUPT,     // Xapian::DatabaseCorruptError
    MX_DATABASE_OPENING,     // other Xapian::DatabaseOpeningError (version, format)
    MX_DATABASE_ERROR,       // other Xapian::DatabaseError
    MX_QUERY_SYNTAX,         // Xapian::QueryParserError
    MX_INVALID_ARGUMENT,     // Xapian::InvalidArgumentError
    MX_INVALID_OPERATION,    // Xapian::InvalidOperationError
    MX_DOC_NOT_FOUND,        // Xapian::DocNotFoundError
    MX_NETWORK_ERROR,        // Xapian::NetworkError: a remote database did not answer (or timed out)
    MX_XAPIAN_ERROR,         // any other Xapian::Error
    MX_OUT_OF_MEMORY,        // std::bad_alloc
    MX_UNKNOWN_ERROR         // anything else thrown
} mx_status;

typedef struct mx_database mx_database;     // Database or WritableDatabase
typedef struct mx_stem mx_stem;             // Stem
typedef struct mx_document mx_document;
typedef struct mx_termgen mx_termgen;       // TermGenerator
typedef struct mx_queryparser mx_queryparser;
typedef struct mx_query mx_query;
typedef struct mx_enquire mx_enquire;
typedef struct mx_mset mx_mset;
typedef struct mx_termspy mx_termspy;       // a MatchSpy counting terms by prefix

// Every out-parameter `char **error` receives a malloc'd message on failure (NULL on success).
// Strings handed out (error messages, data, values) are freed with mx_free_string.
void mx_free_string(char *s);

// --- Database -----------------------------------------------------------------------------------
mx_status mx_database_open(const char *path, mx_database **out, char **error);
// create_or_open: 1 creates the database when missing. no_sync: 1 commits without fsync (Xapian's
// DB_NO_SYNC), for a database made whole and then synced as a folder before anyone reads it.
mx_status mx_database_open_writable(const char *path, int create_or_open, int no_sync, mx_database **out, char **error);
void mx_database_destroy(mx_database *db);  // closes; never fails
// A database with no documents, to which others are added: searched as one, with global statistics.
mx_status mx_database_new_empty(mx_database **out, char **error);
mx_status mx_database_add_database(mx_database *db, mx_database *other, char **error);
// Xapian's remote backend: a xapian-tcpsrv at host:port, or a program speaking the protocol on its
// stdin/stdout (xapian-progsrv, usually through ssh). timeout_ms bounds every exchange and the connect.
mx_status mx_database_open_tcp(const char *host, unsigned port, unsigned timeout_ms, mx_database **out, char **error);
mx_status mx_database_open_program(const char *program, const char *args, unsigned timeout_ms, mx_database **out,
                                   char **error);
// Writes a compacted copy of db to output (xapian-compact, multipass). When output is a stub file, the
// databases it lists are compacted into a new one and the stub atomically updated to name it.
mx_status mx_database_compact(mx_database *db, const char *output, char **error);
mx_status mx_database_reopen(mx_database *db, int *changed, char **error);
mx_status mx_database_doccount(mx_database *db, uint32_t *out, char **error);
mx_status mx_database_revision(mx_database *db, uint64_t *out, char **error);
mx_status mx_database_get_metadata(mx_database *db, const char *key, char **value, size_t *length, char **error);
mx_status mx_database_set_metadata(mx_database *db, const char *key, const char *value, size_t length, char **error);
// Commits what was written since the last commit.
mx_status mx_database_commit(mx_database *db, char **error);
mx_status mx_database_begin_transaction(mx_database *db, char **error);
mx_status mx_database_commit_transaction(mx_database *db, char **error);
mx_status mx_database_cancel_transaction(mx_database *db, char **error);
// Replaces every document indexed by unique_term with doc (adds it when there is none).
mx_status mx_database_replace_document(mx_database *db, const char *unique_term, mx_document *doc, uint32_t *docid, char **error);
// Puts doc in place of document docid (a new document when docid is 0); *written is its id.
mx_status mx_database_replace_document_id(mx_database *db, uint32_t docid, mx_document *doc, uint32_t *written, char **error);
mx_status mx_database_delete_document(mx_database *db, uint32_t docid, char **error);
// The documents indexed by term, ascending: a malloc'd array of *count ids (NULL when none), freed
// with mx_free_docids.
mx_status mx_database_postings(mx_database *db, const char *term, uint32_t **docids, size_t *count, char **error);
void mx_free_docids(uint32_t *docids);
// Every term that starts with prefix and then no capital A-Z (a field's prefix), each after the fold
// of what follows the prefix: "fold\0term\0…" (*length bytes), freed with mx_free_string.
mx_status mx_database_folded_terms(mx_database *db, const char *prefix, char **pairs, size_t *length, char **error);
// The first term of a document that starts with prefix, freed with mx_free_string; NULL when it has none.
mx_status mx_database_document_term(mx_database *db, uint32_t docid, const char *prefix, char **term, char **error);
// Every unprefixed term (first byte not A-Z), in order, each followed by a NUL byte (*length bytes
// in all), freed with mx_free_string. The prefixed terms, one range in term order, are skipped over.
mx_status mx_database_unprefixed_terms(mx_database *db, char **terms, size_t *length, char **error);
// The value in slot of the document docid ("" when it has none), freed with mx_free_string.
mx_status mx_database_value(mx_database *db, uint32_t docid, uint32_t slot, char **value, size_t *length, char **error);
// Adds to the spelling table each unprefixed term of doc (a term whose first byte is not A-Z) with its
// wdf: what a TermGenerator with FLAG_SPELLING adds while indexing that document's unprefixed text,
// for a document made on another thread, away from the database.
mx_status mx_database_add_spellings(mx_database *db, mx_document *doc, char **error);
// Takes back what mx_database_add_spellings added for the document docid (before it is replaced
// or deleted): Xapian keeps spelling data until it is removed.
mx_status mx_database_remove_spellings(mx_database *db, uint32_t docid, char **error);
// The synonym table: terms a query term (or words, space-separated) expands to.
mx_status mx_database_add_synonym(mx_database *db, const char *term, const char *synonym, char **error);
mx_status mx_database_remove_synonym(mx_database *db, const char *term, const char *synonym, char **error);
mx_status mx_database_clear_all_synonyms(mx_database *db, char **error);

// --- Document -----------------------------------------------------------------------------------
mx_status mx_document_new(mx_document **out, char **error);
void mx_document_destroy(mx_document *doc);
mx_status mx_document_set_data(mx_document *doc, const char *data, size_t length, char **error);
mx_status mx_document_add_boolean_term(mx_document *doc, const char *term, char **error);
mx_status mx_document_add_term(mx_document *doc, const char *term, uint32_t wdf_inc, char **error);
mx_status mx_document_add_value(mx_document *doc, uint32_t slot, const char *value, size_t length, char **error);
// Adds in slot a digest (8 bytes, FNV-1a) of everything else doc holds: its terms with their wdf and
// positions, its other values and its data. Last, once doc is whole.
mx_status mx_document_add_digest(mx_document *doc, uint32_t slot, char **error);
// Whether the document docid holds in slot what doc does (a digest): *same 1 when it does, 0 when not
// (or it holds nothing there).
mx_status mx_database_holds_value(mx_database *db, uint32_t docid, mx_document *doc, uint32_t slot, int *same, char **error);

// --- Stem ---------------------------------------------------------------------------------------
// language: a Snowball stemmer name ("swedish"). fold: MX_FOLD_AFTER folds each stem (å ä æ → a,
// ö ø → o, é è ê ë → e, ü → u), keeping what the stemmer, which reads å, ä and ö, decided;
// MX_FOLD_BEFORE stems the folded word, as a word typed without dots is stemmed.
enum { MX_FOLD_NONE = 0, MX_FOLD_AFTER = 1, MX_FOLD_BEFORE = 2 };
mx_status mx_stem_new(const char *language, int fold, mx_stem **out, char **error);
void mx_stem_destroy(mx_stem *stem);
mx_status mx_stem_word(mx_stem *stem, const char *word, char **out, char **error);

// Xapian's stem_strategy, for TermGenerator and QueryParser alike.
enum { MX_STEM_NONE = 0, MX_STEM_SOME = 1, MX_STEM_ALL = 2, MX_STEM_ALL_Z = 3 };

// --- TermGenerator ------------------------------------------------------------------------------
// spelling_db non-NULL records spelling data there.
mx_status mx_termgen_new(mx_stem *stem, int strategy, mx_database *spelling_db, mx_termgen **out, char **error);
void mx_termgen_destroy(mx_termgen *tg);
mx_status mx_termgen_set_document(mx_termgen *tg, mx_document *doc, char **error);
mx_status mx_termgen_index_text(mx_termgen *tg, const char *text, uint32_t wdf_inc, const char *prefix, char **error);
mx_status mx_termgen_index_text_without_positions(mx_termgen *tg, const char *text, uint32_t wdf_inc, const char *prefix,
                                                  char **error);
mx_status mx_termgen_increase_termpos(mx_termgen *tg, uint32_t delta, char **error);

// --- QueryParser --------------------------------------------------------------------------------
// Flags are Xapian::QueryParser::feature_flag values; MX_QP_DEFAULT_FLAGS is what Minnes uses.
enum {
    MX_QP_BOOLEAN = 1,
    MX_QP_PHRASE = 2,
    MX_QP_LOVEHATE = 4,
    MX_QP_WILDCARD = 16,
    MX_QP_PURE_NOT = 32,
    MX_QP_SPELLING_CORRECTION = 128,
    MX_QP_AUTO_SYNONYMS = 512,
    MX_QP_AUTO_MULTIWORD_SYNONYMS = 1024,
};
// The default operator is AND: every word must match.
mx_status mx_queryparser_new(mx_stem *stem, int strategy, mx_database *db, mx_queryparser **out, char **error);
void mx_queryparser_destroy(mx_queryparser *qp);
mx_status mx_queryparser_add_prefix(mx_queryparser *qp, const char *field, const char *prefix, int boolean, char **error);
// A boolean prefix whose values may stand for more than their term: a value given a query
// (mx_queryparser_set_value_query) matches it; one given alternatives (mx_queryparser_set_alternatives)
// its own term or any of them; any other value its term.
mx_status mx_queryparser_add_boolean_alternatives(mx_queryparser *qp, const char *field, const char *prefix,
                                                  char **error);
// The alternatives of field's values for the parses that follow, in place of any before: values[i]
// has alternatives[i], lines ('\n') each of tab-separated terms, all of which a document must hold.
mx_status mx_queryparser_set_alternatives(mx_queryparser *qp, const char *field, const char *const *values,
                                          const char *const *alternatives, size_t count, char **error);
// field:value parses to query (copied) for the parses that follow, until given another.
mx_status mx_queryparser_set_value_query(mx_queryparser *qp, const char *field, const char *value,
                                         const mx_query *query, char **error);
// `prefix` + "A..B" (either end may be empty) in a query becomes a range over value slot, compared as
// strings.
mx_status mx_queryparser_add_rangeprocessor(mx_queryparser *qp, uint32_t slot, const char *prefix, char **error);
mx_status mx_queryparser_parse(mx_queryparser *qp, const char *text, unsigned flags, mx_query **out, char **error);
// Empty when the parser had no better spelling to offer for the last parse.
mx_status mx_queryparser_corrected(mx_queryparser *qp, char **out, char **error);

// A query matching documents indexed by term (boolean filters, ids).
mx_status mx_query_new_term(const char *term, mx_query **out, char **error);
// a OR b, and a query whose weights are multiplied by factor (to rank one kind of match lower).
mx_status mx_query_new_or(mx_query *a, mx_query *b, mx_query **out, char **error);
mx_status mx_query_new_scaled(mx_query *query, double factor, mx_query **out, char **error);
// OP_FILTER: what query matches, among what filter matches, weighted by query alone.
mx_status mx_query_new_filter(mx_query *query, mx_query *filter, mx_query **out, char **error);
// OP_AND_NOT: what query matches and without does not.
mx_status mx_query_new_and_not(mx_query *query, mx_query *without, mx_query **out, char **error);
// OP_PHRASE of positions OP_ORs of terms: counts[i] of terms (in order) are the i-th position's.
mx_status mx_query_new_phrase(const char *const *terms, const size_t *counts, size_t positions, mx_query **out, char **error);
// OP_VALUE_GE: documents whose value in slot is at least value (those without one never match).
mx_status mx_query_new_value_ge(uint32_t slot, const char *value, mx_query **out, char **error);
void mx_query_destroy(mx_query *query);
// Query::get_description: the query as Xapian runs it.
mx_status mx_query_description(mx_query *query, char **out, char **error);
// Query::serialise: the query as bytes another process's Xapian can unserialise.
mx_status mx_query_serialise(mx_query *query, char **out, size_t *length, char **error);

// How mx_query_expand finds and weighs a word's forms.
typedef struct {
    const char *folded_prefix;    // folded stems of every word, with positions ("XF")
    const char *dotted_prefix;    // under it, among the lemmas: the stems ("Z…") of the index's words written with å, ä, ö, é … that fold onto a key ("XA")
    const char *undotted_prefix;  // folded stems of the words the dictionary does not know ("XU")
    const char *lemma_prefix;     // the dictionary's lemmas ("XL")
    const char *part_prefix;      // stems of compound parts ("XC")
    // The exact word weighs 1; each other form less, so the closest form a document holds ranks it.
    double lemma_weight, stem_weight, folded_weight, part_weight;
    const char *text_prefixes;  // field prefixes whose words gain their stem, space-separated ("S XD")
    // The dictionary's lemmas of the query's words: words[i] has lemmas[i] (space-separated). A word
    // not listed is one the dictionary does not know. Also listed: dotted_prefix + a folded stem, with
    // the index's stems of dotted words that fold onto it (mx_database_folded_terms of "Z"), and "Z" +
    // a field's prefix + a stem, with the field's terms of that stem.
    const char *const *words;
    const char *const *lemmas;
    size_t word_count;
} mx_expansion;

// Rewrites a query parsed without stemming so that each word matches in all its forms, keeping the
// query's own structure (AND, OR, NOT, phrases, NEAR): an unprefixed word w becomes
//   OP_OR(w, lemma_weight × SYN(w, lemmas) AND_NOT w, stem_weight × SYN(w, lemmas, "Z"+exact(w))
//         AND_NOT (w OR lemmas), folded_weight × SYN(…, folded forms) AND_NOT …, part_weight × …)
// (each level a synonym of its forms and all closer ones, counting only where no closer form is: a
// document scores by the closest form it holds, whatever the terms' frequencies). The stem is only for a word the dictionary does not know (it
// would make "villa" find "vill"). The folded forms depend on what was typed: a word without
// å/ä/ö/é… may have lost them, and searches the words written with them: the stems listed under
// dotted_prefix + folded(w) and + fold(w); a word with them means them, and searches only text that may have lost
// its dots (undotted_prefix+folded(w)). Inside a phrase or NEAR only the folded layer, the one with
// the text's positions, takes part (folded_prefix+folded(w), and +fold(w) for a word without dots),
// and the words as typed stand beside it with no weight (for snippets); what a NOT excludes, its
// whole-word forms only. A word under one of text_prefixes gains the terms listed under "Z"+prefix+exact(word); in a phrase it
// stands as its folded forms, the phrase ANDed with the field's terms (fields keep no positions). Other terms
// (filters, synonym groups) stay as they are.
mx_status mx_query_expand(mx_query *query, mx_stem *exact, mx_stem *folded, const mx_expansion *how, mx_query **out,
                          char **error);

// --- Enquire and MSet ---------------------------------------------------------------------------
mx_status mx_enquire_new(mx_database *db, mx_enquire **out, char **error);
void mx_enquire_destroy(mx_enquire *enquire);
mx_status mx_enquire_set_query(mx_enquire *enquire, mx_query *query, char **error);
// Orders matches by a value slot (string order), then relevance.
mx_status mx_enquire_set_sort_by_value(mx_enquire *enquire, uint32_t slot, int reverse, char **error);
// Keeps only the best match of each value in slot; the mset says how many more each had.
mx_status mx_enquire_set_collapse_key(mx_enquire *enquire, uint32_t slot, char **error);
// Enquire::set_time_limit: the match stops after seconds, with what it found by then.
mx_status mx_enquire_set_time_limit(mx_enquire *enquire, double seconds, char **error);
// The spy sees every match the mset is computed over (see check_at_least); the caller keeps it alive.
mx_status mx_enquire_add_termspy(mx_enquire *enquire, mx_termspy *spy, char **error);
// check_at_least: how many matches to look at whatever maxitems is (spies see them all).
mx_status mx_enquire_get_mset(mx_enquire *enquire, uint32_t first, uint32_t maxitems, uint32_t check_at_least,
                              mx_mset **out, char **error);

void mx_mset_destroy(mx_mset *mset);
uint32_t mx_mset_size(mx_mset *mset);
uint32_t mx_mset_estimated(mx_mset *mset);
// Whether the estimate is the count: its lower and upper bounds agree (every match was seen).
int mx_mset_estimate_is_exact(mx_mset *mset);
// The least the matches can be; collapsed: how many distinct keys were seen.
uint32_t mx_mset_lower_bound(mx_mset *mset);
// The least the matches before collapsing can be: at least the documents the match looked at.
uint32_t mx_mset_uncollapsed_lower_bound(mx_mset *mset);
mx_status mx_mset_collapse_count(mx_mset *mset, uint32_t index, uint32_t *out, char **error);
// The combined database's docid: with n databases, document d of the k-th (0-based) is (d-1)*n+k+1.
mx_status mx_mset_docid(mx_mset *mset, uint32_t index, uint32_t *out, char **error);
mx_status mx_mset_weight(mx_mset *mset, uint32_t index, double *out, char **error);
mx_status mx_mset_data(mx_mset *mset, uint32_t index, char **out, size_t *length, char **error);
// Xapian::MSet::snippet over text with the mset's query, stemmed with language.
mx_status mx_mset_snippet(mx_mset *mset, const char *text, size_t length, size_t max_length, const char *language,
                          const char *hi_start, const char *hi_end, const char *omit, char **out, char **error);

// --- Term spy ------------------------------------------------------------------------------------
// Counts, over the matches an enquire looks at, the documents holding each term that starts with one
// of the prefixes (facets: kommun, year, network, person).
mx_status mx_termspy_new(const char *const *prefixes, size_t count, mx_termspy **out, char **error);
void mx_termspy_destroy(mx_termspy *spy);
// Shows the spy the mset's own documents: the same counts where a spy cannot run inside the match (a
// remote database runs only Xapian's own spies).
mx_status mx_termspy_count_mset(mx_termspy *spy, mx_mset *mset, char **error);
uint32_t mx_termspy_documents(mx_termspy *spy);
size_t mx_termspy_size(mx_termspy *spy);
mx_status mx_termspy_entry(mx_termspy *spy, size_t index, char **term, uint32_t *count, char **error);

#ifdef __cplusplus
}
#endif

#endif
