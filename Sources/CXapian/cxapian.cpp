// Implements cxapian.h over libxapian. Every entry point runs its body inside guarded(), which catches
// everything: an exception unwinding into Swift is undefined behaviour.
#include "cxapian.h"
#include "folding.h"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <algorithm>
#include <map>
#include <vector>

struct mx_database { Xapian::Database db; Xapian::WritableDatabase wdb; bool writable; };
struct mx_stem { Xapian::Stem stem; };
struct mx_document { Xapian::Document doc; };
struct mx_termgen { Xapian::TermGenerator tg; };
// A boolean field's value that stands for more (mx_queryparser_add_boolean_alternatives): a query
// of its own, else its own term or any of its alternatives, each an AND of terms.
class AlternativesProcessor : public Xapian::FieldProcessor {
  public:
    explicit AlternativesProcessor(std::string prefix) : prefix(std::move(prefix)) {}
    std::string prefix;
    std::map<std::string, std::vector<Xapian::Query>> alternatives;
    std::map<std::string, Xapian::Query> queries;

    Xapian::Query operator()(const std::string &value) override {
        auto own = queries.find(value);
        if (own != queries.end()) return own->second;
        std::vector<Xapian::Query> any{Xapian::Query(prefix + value)};
        auto found = alternatives.find(value);
        if (found != alternatives.end()) any.insert(any.end(), found->second.begin(), found->second.end());
        return any.size() == 1 ? any[0] : Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
    }
};

// The parser owns its processors (released to it); `alternatives` names them by field.
struct mx_queryparser {
    Xapian::QueryParser qp;
    std::map<std::string, AlternativesProcessor *> alternatives;
};
struct mx_query { Xapian::Query query; };
struct mx_enquire { Xapian::Enquire enquire; };
struct mx_mset { Xapian::MSet mset; };

// Counts documents per term under the given prefixes, for every match it is shown.
class TermPrefixSpy : public Xapian::MatchSpy {
  public:
    std::vector<std::string> prefixes;
    std::map<std::string, Xapian::doccount> counts;
    std::vector<std::pair<std::string, Xapian::doccount>> entries;  // counts, frozen for indexing
    Xapian::doccount documents = 0;

    void operator()(const Xapian::Document &doc, double) override {
        ++documents;
        for (const auto &prefix : prefixes) {
            Xapian::TermIterator term = doc.termlist_begin();
            for (term.skip_to(prefix); term != doc.termlist_end(); ++term) {
                const std::string &name = *term;
                if (name.compare(0, prefix.size(), prefix) != 0) break;
                ++counts[name];
            }
        }
    }
};

struct mx_termspy { TermPrefixSpy spy; };

namespace {

char *copy_string(const std::string &s) {
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out) {
        std::memcpy(out, s.data(), s.size());
        out[s.size()] = '\0';
    }
    return out;
}

// The non-empty parts of text between separators.
std::vector<std::string> split(const std::string &text, char separator) {
    std::vector<std::string> out;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find(separator, start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

void set_error(char **error, const std::string &message) {
    if (error) *error = copy_string(message);
}

// Rethrows the current exception and maps it, one catch per class, most specific first.
mx_status map_current_exception(char **error) {
    try {
        throw;
    } catch (const Xapian::DatabaseNotFoundError &e) {
        set_error(error, e.get_description()); return MX_DATABASE_NOT_FOUND;
    } catch (const Xapian::DatabaseLockError &e) {
        set_error(error, e.get_description()); return MX_DATABASE_LOCKED;
    } catch (const Xapian::DatabaseModifiedError &e) {
        set_error(error, e.get_description()); return MX_DATABASE_MODIFIED;
    } catch (const Xapian::DatabaseCorruptError &e) {
        set_error(error, e.get_description()); return MX_DATABASE_CORRUPT;
    } catch (const Xapian::DatabaseOpeningError &e) {
        set_error(error, e.get_description()); return MX_DATABASE_OPENING;
    } catch (const Xapian::DatabaseError &e) {
        set_error(error, e.get_description()); return MX_DATABASE_ERROR;
    } catch (const Xapian::QueryParserError &e) {
        set_error(error, e.get_msg()); return MX_QUERY_SYNTAX;
    } catch (const Xapian::InvalidArgumentError &e) {
        set_error(error, e.get_description()); return MX_INVALID_ARGUMENT;
    } catch (const Xapian::InvalidOperationError &e) {
        set_error(error, e.get_description()); return MX_INVALID_OPERATION;
    } catch (const Xapian::NetworkError &e) {
        set_error(error, e.get_description()); return MX_NETWORK_ERROR;
    } catch (const Xapian::DocNotFoundError &e) {
        set_error(error, e.get_description()); return MX_DOC_NOT_FOUND;
    } catch (const Xapian::Error &e) {
        set_error(error, e.get_description()); return MX_XAPIAN_ERROR;
    } catch (const std::bad_alloc &) {
        set_error(error, "out of memory"); return MX_OUT_OF_MEMORY;
    } catch (const std::exception &e) {
        set_error(error, e.what()); return MX_UNKNOWN_ERROR;
    } catch (...) {
        set_error(error, "unknown C++ exception"); return MX_UNKNOWN_ERROR;
    }
}

template <typename Body>
mx_status guarded(char **error, Body body) {
    if (error) *error = nullptr;
    try {
        body();
        return MX_OK;
    } catch (...) {
        return map_current_exception(error);
    }
}

// Folds a lowercase term with Minnes's one fold (CFolding): å ä æ → a, ö ø → o, é → e …
std::string fold(const std::string &word) {
    std::string out;
    for (Xapian::Utf8Iterator it(word); it != Xapian::Utf8Iterator(); ++it) {
        Xapian::Unicode::append_utf8(out, minnes_fold_scalar(*it));
    }
    return out;
}

// A stemmer that folds what Snowball's stemmer returns, or what it is given.
class FoldingStem : public Xapian::StemImplementation {
    Xapian::Stem inner;
    bool before;

  public:
    FoldingStem(const std::string &language, bool before) : inner(language), before(before) {}
    std::string operator()(const std::string &word) override { return before ? inner(fold(word)) : fold(inner(word)); }
    std::string get_description() const override { return "folded " + inner.get_description(); }
};

// Writes go to the WritableDatabase; reads to whichever handle was opened.
Xapian::Database &reader(mx_database *db) { return db->writable ? db->wdb : db->db; }

Xapian::WritableDatabase &writer(mx_database *db) {
    if (!db->writable) throw Xapian::InvalidOperationError("database was opened read-only");
    return db->wdb;
}

} // namespace

extern "C" {

void mx_free_string(char *s) { std::free(s); }

mx_status mx_database_open(const char *path, mx_database **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        auto *db = new mx_database{Xapian::Database(path), Xapian::WritableDatabase(), false};
        *out = db;
    });
}

mx_status mx_database_open_writable(const char *path, int create_or_open, int no_sync, mx_database **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        int action = (create_or_open ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN) | (no_sync ? Xapian::DB_NO_SYNC : 0);
        auto *db = new mx_database{Xapian::Database(), Xapian::WritableDatabase(path, action), true};
        *out = db;
    });
}

void mx_database_destroy(mx_database *db) {
    if (!db) return;
    // close() releases the write lock now; an uncommitted transaction is discarded.
    try { reader(db).close(); } catch (...) {}
    try { delete db; } catch (...) {}
}

mx_status mx_database_new_empty(mx_database **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_database{Xapian::Database(), Xapian::WritableDatabase(), false}; });
}

mx_status mx_database_add_database(mx_database *db, mx_database *other, char **error) {
    return guarded(error, [&] {
        if (db->writable) throw Xapian::InvalidOperationError("cannot add a database to a writable one");
        db->db.add_database(reader(other));
    });
}

mx_status mx_database_open_tcp(const char *host, unsigned port, unsigned timeout_ms, mx_database **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = new mx_database{Xapian::Remote::open(host, port, timeout_ms, timeout_ms), Xapian::WritableDatabase(),
                               false};
    });
}

mx_status mx_database_open_program(const char *program, const char *args, unsigned timeout_ms, mx_database **out,
                                   char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = new mx_database{Xapian::Remote::open(program, args, timeout_ms), Xapian::WritableDatabase(), false};
    });
}

mx_status mx_database_compact(mx_database *db, const char *output, char **error) {
    return guarded(error, [&] { reader(db).compact(output, Xapian::DBCOMPACT_MULTIPASS); });
}

mx_status mx_database_reopen(mx_database *db, int *changed, char **error) {
    return guarded(error, [&] { *changed = reader(db).reopen() ? 1 : 0; });
}

mx_status mx_database_doccount(mx_database *db, uint32_t *out, char **error) {
    return guarded(error, [&] { *out = reader(db).get_doccount(); });
}

mx_status mx_database_revision(mx_database *db, uint64_t *out, char **error) {
    return guarded(error, [&] { *out = reader(db).get_revision(); });
}

mx_status mx_database_get_metadata(mx_database *db, const char *key, char **value, size_t *length, char **error) {
    *value = nullptr;
    return guarded(error, [&] {
        std::string v = reader(db).get_metadata(key);
        *length = v.size();
        *value = copy_string(v);
        if (!*value) throw std::bad_alloc();
    });
}

mx_status mx_database_set_metadata(mx_database *db, const char *key, const char *value, size_t length, char **error) {
    return guarded(error, [&] { writer(db).set_metadata(key, std::string(value, length)); });
}

mx_status mx_database_commit(mx_database *db, char **error) {
    return guarded(error, [&] { writer(db).commit(); });
}

mx_status mx_database_begin_transaction(mx_database *db, char **error) {
    return guarded(error, [&] { writer(db).begin_transaction(true); });
}

mx_status mx_database_commit_transaction(mx_database *db, char **error) {
    return guarded(error, [&] { writer(db).commit_transaction(); });
}

mx_status mx_database_cancel_transaction(mx_database *db, char **error) {
    return guarded(error, [&] { writer(db).cancel_transaction(); });
}

mx_status mx_database_replace_document(mx_database *db, const char *unique_term, mx_document *doc, uint32_t *docid,
                                       char **error) {
    return guarded(error, [&] { *docid = writer(db).replace_document(unique_term, doc->doc); });
}

mx_status mx_database_replace_document_id(mx_database *db, uint32_t docid, mx_document *doc, uint32_t *written, char **error) {
    return guarded(error, [&] {
        if (docid == 0) {
            *written = writer(db).add_document(doc->doc);
        } else {
            writer(db).replace_document(docid, doc->doc);
            *written = docid;
        }
    });
}

mx_status mx_database_delete_document(mx_database *db, uint32_t docid, char **error) {
    return guarded(error, [&] { writer(db).delete_document(docid); });
}

mx_status mx_database_postings(mx_database *db, const char *term, uint32_t **docids, size_t *count, char **error) {
    *docids = nullptr;
    *count = 0;
    return guarded(error, [&] {
        Xapian::Database &database = reader(db);
        std::vector<uint32_t> ids(database.postlist_begin(term), database.postlist_end(term));
        if (ids.empty()) return;
        *docids = static_cast<uint32_t *>(malloc(ids.size() * sizeof(uint32_t)));
        if (!*docids) throw std::bad_alloc();
        std::copy(ids.begin(), ids.end(), *docids);
        *count = ids.size();
    });
}

void mx_free_docids(uint32_t *docids) { free(docids); }

mx_status mx_database_document_term(mx_database *db, uint32_t docid, const char *prefix, char **term, char **error) {
    *term = nullptr;
    return guarded(error, [&] {
        Xapian::Database &database = reader(db);
        auto it = database.termlist_begin(docid);
        it.skip_to(prefix);
        if (it == database.termlist_end(docid) || (*it).compare(0, std::strlen(prefix), prefix) != 0) return;
        *term = copy_string(*it);
        if (!*term) throw std::bad_alloc();
    });
}

mx_status mx_database_unprefixed_terms(mx_database *db, char **terms, size_t *length, char **error) {
    *terms = nullptr;
    *length = 0;
    return guarded(error, [&] {
        Xapian::Database &database = reader(db);
        std::string all;
        for (auto term = database.allterms_begin(); term != database.allterms_end();) {
            const std::string &word = *term;
            if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
                term.skip_to("[");  // the byte after Z
                continue;
            }
            all += word;
            all += '\0';
            ++term;
        }
        *length = all.size();
        *terms = copy_string(all);
        if (!*terms) throw std::bad_alloc();
    });
}

mx_status mx_database_folded_terms(mx_database *db, const char *prefix, char **pairs, size_t *length, char **error) {
    *pairs = nullptr;
    *length = 0;
    return guarded(error, [&] {
        Xapian::Database &database = reader(db);
        const std::string start(prefix);
        std::string all;
        for (auto term = database.allterms_begin(start); term != database.allterms_end(start); ++term) {
            const std::string &whole = *term;
            if (whole.size() > start.size() && whole[start.size()] >= 'A' && whole[start.size()] <= 'Z') continue;
            all += fold(whole.substr(start.size()));
            all += '\0';
            all += whole;
            all += '\0';
        }
        *length = all.size();
        *pairs = copy_string(all);
        if (!*pairs) throw std::bad_alloc();
    });
}

mx_status mx_database_value(mx_database *db, uint32_t docid, uint32_t slot, char **value, size_t *length, char **error) {
    *value = nullptr;
    *length = 0;
    return guarded(error, [&] {
        std::string v = reader(db).get_document(docid).get_value(slot);
        *length = v.size();
        *value = copy_string(v);
        if (!*value) throw std::bad_alloc();
    });
}

mx_status mx_database_add_spellings(mx_database *db, mx_document *doc, char **error) {
    return guarded(error, [&] {
        Xapian::WritableDatabase &wdb = writer(db);
        for (auto term = doc->doc.termlist_begin(); term != doc->doc.termlist_end(); ++term) {
            const std::string &word = *term;
            if (!word.empty() && (word[0] < 'A' || word[0] > 'Z')) wdb.add_spelling(word, term.get_wdf());
        }
    });
}

mx_status mx_database_remove_spellings(mx_database *db, uint32_t docid, char **error) {
    return guarded(error, [&] {
        Xapian::WritableDatabase &wdb = writer(db);
        Xapian::Document doc = wdb.get_document(docid);
        for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
            const std::string &word = *term;
            if (!word.empty() && (word[0] < 'A' || word[0] > 'Z')) wdb.remove_spelling(word, term.get_wdf());
        }
    });
}

mx_status mx_database_add_synonym(mx_database *db, const char *term, const char *synonym, char **error) {
    return guarded(error, [&] { writer(db).add_synonym(term, synonym); });
}

mx_status mx_database_remove_synonym(mx_database *db, const char *term, const char *synonym, char **error) {
    return guarded(error, [&] { writer(db).remove_synonym(term, synonym); });
}

mx_status mx_database_clear_all_synonyms(mx_database *db, char **error) {
    return guarded(error, [&] {
        Xapian::WritableDatabase &wdb = writer(db);
        std::vector<std::string> keys(wdb.synonym_keys_begin(), wdb.synonym_keys_end());
        for (const auto &key : keys) wdb.clear_synonyms(key);
    });
}

mx_status mx_document_new(mx_document **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_document{Xapian::Document()}; });
}

void mx_document_destroy(mx_document *doc) {
    try { delete doc; } catch (...) {}
}

mx_status mx_document_set_data(mx_document *doc, const char *data, size_t length, char **error) {
    return guarded(error, [&] { doc->doc.set_data(std::string(data, length)); });
}

mx_status mx_document_add_boolean_term(mx_document *doc, const char *term, char **error) {
    return guarded(error, [&] { doc->doc.add_boolean_term(term); });
}

mx_status mx_document_add_term(mx_document *doc, const char *term, uint32_t wdf_inc, char **error) {
    return guarded(error, [&] { doc->doc.add_term(term, wdf_inc); });
}

mx_status mx_document_add_value(mx_document *doc, uint32_t slot, const char *value, size_t length, char **error) {
    return guarded(error, [&] { doc->doc.add_value(slot, std::string(value, length)); });
}

namespace {
// FNV-1a, 64 bits: what is compared is one document with its own earlier version, never an adversary's.
struct Digest {
    uint64_t hash = 0xcbf29ce484222325ULL;
    void add(const void *bytes, size_t length) {
        for (size_t i = 0; i < length; ++i) hash = (hash ^ static_cast<const uint8_t *>(bytes)[i]) * 0x100000001b3ULL;
    }
    void add(uint32_t number) { add(&number, sizeof number); }
    void add(const std::string &text) {
        add(static_cast<uint32_t>(text.size()));
        add(text.data(), text.size());
    }
};
}  // namespace

mx_status mx_document_add_digest(mx_document *doc, uint32_t slot, char **error) {
    return guarded(error, [&] {
        Digest digest;
        for (auto term = doc->doc.termlist_begin(); term != doc->doc.termlist_end(); ++term) {
            digest.add(*term);
            digest.add(term.get_wdf());
            digest.add(term.positionlist_count());
            for (auto position = term.positionlist_begin(); position != term.positionlist_end(); ++position) digest.add(*position);
        }
        for (auto value = doc->doc.values_begin(); value != doc->doc.values_end(); ++value) {
            if (value.get_valueno() == slot) continue;
            digest.add(value.get_valueno());
            digest.add(*value);
        }
        digest.add(doc->doc.get_data());
        doc->doc.add_value(slot, std::string(reinterpret_cast<const char *>(&digest.hash), sizeof digest.hash));
    });
}

mx_status mx_database_holds_value(mx_database *db, uint32_t docid, mx_document *doc, uint32_t slot, int *same, char **error) {
    *same = 0;
    return guarded(error, [&] {
        std::string value = doc->doc.get_value(slot);
        *same = !value.empty() && reader(db).get_document(docid).get_value(slot) == value ? 1 : 0;
    });
}

mx_status mx_stem_new(const char *language, int fold, mx_stem **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = new mx_stem{fold == MX_FOLD_NONE ? Xapian::Stem(language)
                                                 : Xapian::Stem(new FoldingStem(language, fold == MX_FOLD_BEFORE))};
    });
}

void mx_stem_destroy(mx_stem *stem) {
    try { delete stem; } catch (...) {}
}

mx_status mx_stem_word(mx_stem *stem, const char *word, char **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = copy_string(stem->stem(word));
        if (!*out) throw std::bad_alloc();
    });
}

mx_status mx_termgen_new(mx_stem *stem, int strategy, mx_database *spelling_db, mx_termgen **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        auto *tg = new mx_termgen{Xapian::TermGenerator()};
        try {
            tg->tg.set_stemmer(stem->stem);
            tg->tg.set_stemming_strategy(static_cast<Xapian::TermGenerator::stem_strategy>(strategy));
            if (spelling_db) {
                tg->tg.set_database(writer(spelling_db));
                tg->tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
            }
        } catch (...) {
            delete tg;
            throw;
        }
        *out = tg;
    });
}

void mx_termgen_destroy(mx_termgen *tg) {
    try { delete tg; } catch (...) {}
}

mx_status mx_termgen_set_document(mx_termgen *tg, mx_document *doc, char **error) {
    return guarded(error, [&] { tg->tg.set_document(doc->doc); });
}

mx_status mx_termgen_index_text(mx_termgen *tg, const char *text, uint32_t wdf_inc, const char *prefix, char **error) {
    return guarded(error, [&] { tg->tg.index_text(text, wdf_inc, prefix ? prefix : ""); });
}

mx_status mx_termgen_index_text_without_positions(mx_termgen *tg, const char *text, uint32_t wdf_inc, const char *prefix,
                                                  char **error) {
    return guarded(error, [&] { tg->tg.index_text_without_positions(text, wdf_inc, prefix ? prefix : ""); });
}

mx_status mx_termgen_increase_termpos(mx_termgen *tg, uint32_t delta, char **error) {
    return guarded(error, [&] { tg->tg.increase_termpos(delta); });
}

mx_status mx_queryparser_new(mx_stem *stem, int strategy, mx_database *db, mx_queryparser **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        auto *qp = new mx_queryparser{Xapian::QueryParser()};
        try {
            qp->qp.set_stemmer(stem->stem);
            qp->qp.set_stemming_strategy(static_cast<Xapian::QueryParser::stem_strategy>(strategy));
            qp->qp.set_default_op(Xapian::Query::OP_AND);
            if (db) qp->qp.set_database(reader(db));
        } catch (...) {
            delete qp;
            throw;
        }
        *out = qp;
    });
}

void mx_queryparser_destroy(mx_queryparser *qp) {
    try { delete qp; } catch (...) {}
}

mx_status mx_queryparser_add_prefix(mx_queryparser *qp, const char *field, const char *prefix, int boolean,
                                    char **error) {
    return guarded(error, [&] {
        if (boolean) qp->qp.add_boolean_prefix(field, prefix);
        else qp->qp.add_prefix(field, prefix);
    });
}

mx_status mx_queryparser_add_boolean_alternatives(mx_queryparser *qp, const char *field, const char *prefix,
                                                  char **error) {
    return guarded(error, [&] {
        auto *processor = new AlternativesProcessor(prefix);
        qp->qp.add_boolean_prefix(field, processor->release());
        qp->alternatives[field] = processor;
    });
}

mx_status mx_queryparser_set_alternatives(mx_queryparser *qp, const char *field, const char *const *values,
                                          const char *const *alternatives, size_t count, char **error) {
    return guarded(error, [&] {
        auto found = qp->alternatives.find(field);
        if (found == qp->alternatives.end()) throw Xapian::InvalidArgumentError(std::string("no alternatives for ") + field);
        std::map<std::string, std::vector<Xapian::Query>> made;
        for (size_t i = 0; i < count; ++i) {
            auto &any = made[values[i]];
            for (const std::string &line : split(alternatives[i], '\n')) {
                std::vector<Xapian::Query> all;
                for (const std::string &term : split(line, '\t')) all.emplace_back(term);
                if (!all.empty()) any.emplace_back(Xapian::Query::OP_AND, all.begin(), all.end());
            }
        }
        found->second->alternatives = std::move(made);
    });
}

mx_status mx_queryparser_set_value_query(mx_queryparser *qp, const char *field, const char *value,
                                         const mx_query *query, char **error) {
    return guarded(error, [&] {
        auto found = qp->alternatives.find(field);
        if (found == qp->alternatives.end()) throw Xapian::InvalidArgumentError(std::string("no alternatives for ") + field);
        found->second->queries[value] = query->query;
    });
}

mx_status mx_queryparser_add_rangeprocessor(mx_queryparser *qp, uint32_t slot, const char *prefix, char **error) {
    return guarded(error, [&] { qp->qp.add_rangeprocessor((new Xapian::RangeProcessor(slot, prefix))->release()); });
}

mx_status mx_queryparser_parse(mx_queryparser *qp, const char *text, unsigned flags, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_query{qp->qp.parse_query(text, flags)}; });
}

mx_status mx_queryparser_corrected(mx_queryparser *qp, char **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = copy_string(qp->qp.get_corrected_query_string());
        if (!*out) throw std::bad_alloc();
    });
}

mx_status mx_query_new_term(const char *term, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_query{Xapian::Query(term)}; });
}

mx_status mx_query_new_or(mx_query *a, mx_query *b, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_query{Xapian::Query(Xapian::Query::OP_OR, a->query, b->query)}; });
}

mx_status mx_query_new_scaled(mx_query *query, double factor, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = new mx_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query->query, factor)};
    });
}

namespace {
// The forms of the words of a parsed query (mx_query_expand).
struct Expander {
    Xapian::Stem &exact, &folded;
    std::string folded_prefix, dotted_prefix, undotted_prefix, lemma_prefix, part_prefix;
    double lemma_weight, stem_weight, folded_weight, part_weight;
    std::vector<std::string> text_prefixes;
    std::map<std::string, std::vector<std::string>> lemmas;

    enum class Context { free, positional, excluded };

    // A word's forms by closeness: as written, lemma, stem, folded; and inside compounds.
    struct Forms {
        std::vector<Xapian::Query> exact, lemma, stem, folded, part;
    };

    static bool is_word(const std::string &term) { return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z'); }

    // Whether a level already searches a term (a synonym counts each of its terms).
    static bool holds(const std::vector<Xapian::Query> &level, const std::string &term) {
        return std::any_of(level.begin(), level.end(), [&](const Xapian::Query &query) {
            return query.get_type() == Xapian::Query::LEAF_TERM && *query.get_terms_begin() == term;
        });
    }

    // The text field prefix a term starts with, if any ("S" of "Smedelpunkten").
    const std::string *text_prefix(const std::string &term) const {
        for (const auto &prefix : text_prefixes) {
            if (term.size() > prefix.size() && term.compare(0, prefix.size(), prefix) == 0 && is_word(term.substr(prefix.size())))
                return &prefix;
        }
        return nullptr;
    }

    void add_forms(const std::string &term, Context context, Forms &forms) const {
        forms.exact.emplace_back(term);
        if (is_word(term)) {
            // Typed with å, ä, ö, é …, a word means them: it searches text that may have lost them
            // (undotted). Typed without, it may have lost them: it searches text written with them
            // (dotted), not other words its stem happens to fold onto ("villa" is not "vill").
            const bool dotted = fold(term) != term;
            const std::string folded_stem = folded(term);
            const auto known = lemmas.find(term);
            if (context == Context::positional) {
                // Only the folded layer holds the text's positions: a phrase matches its words'
                // stems, dots or none.
                forms.folded.emplace_back(folded_prefix + folded_stem);
                if (!dotted && term != folded_stem) forms.folded.emplace_back(folded_prefix + term);
                return;
            }
            if (known != lemmas.end()) {
                for (const auto &lemma : known->second) {
                    forms.lemma.emplace_back(lemma_prefix + lemma);
                    // A word that is its own lemma is indexed as written only (Analyzer): "möte" is
                    // the lemma of "mötet" in a text that writes "möte".
                    if (is_word(lemma) && !holds(forms.exact, lemma) && !holds(forms.lemma, lemma)) forms.lemma.emplace_back(lemma);
                }
            } else if (dotted) {
                forms.stem.emplace_back("Z" + exact(term));
            } else {
                // The index keeps Snowball's stem only of dotted words: an undotted one's stem is its
                // folded stem, in the folded layer with the dotted words folding onto it.
                forms.stem.emplace_back(folded_prefix + folded_stem);
            }
            if (!dotted) {
                if (known != lemmas.end()) add_listed(dotted_prefix + folded_stem, forms.folded, forms);
                if (term != folded_stem) add_listed(dotted_prefix + term, forms.folded, forms);  // undotted: term is its own fold
            }
            if (dotted) add_listed(undotted_prefix + folded_stem, forms.folded, forms);
            if (context == Context::free) forms.part.emplace_back(part_prefix + exact(term));
        } else if (const std::string *prefix = text_prefix(term)) {
            if (context != Context::positional) add_listed("Z" + *prefix + exact(term.substr(prefix->size())), forms.stem, forms);
        }
    }

    // The terms the caller found in the index's vocabulary for a form it keeps no term of (listed
    // among the lemmas under that form): the stems of the words written with dots that fold onto a
    // key (dotted_prefix + key), the words written without that the dictionary does not know of a
    // folded stem (undotted_prefix + stem), a field's words that stem alike ("Z" + field prefix + stem).
    void add_listed(const std::string &key, std::vector<Xapian::Query> &level, const Forms &forms) const {
        const auto found = lemmas.find(key);
        if (found == lemmas.end()) return;
        for (const auto &term : found->second) {
            if (!holds(forms.exact, term) && !holds(level, term)) level.emplace_back(term);
        }
    }

    static Xapian::Query any(const std::vector<Xapian::Query> &queries, Xapian::Query::op op) {
        return queries.size() == 1 ? queries[0] : Xapian::Query(op, queries.begin(), queries.end());
    }

    // What a document scores is its closest form's weight. Each level is one synonym of its forms and
    // of every closer form, scaled: a farther level is then never rarer than a closer one, so a document
    // holding only a farther form ranks below one holding a closer form, whatever the terms' frequencies;
    // and a level counts only where no closer form is (AND_NOT), so the closest level a document holds
    // is the one it scores by. (Not OP_MAX of the levels: Xapian 1.4.22 frees an OP_SYNONYM under
    // OP_MAX and then reads it, when the match over several databases prunes by weight.)
    Xapian::Query combine(const Forms &forms) const {
        std::vector<Xapian::Query> levels, closer;
        const std::pair<const std::vector<Xapian::Query> *, double> graded[] = {
            {&forms.exact, 1.0},           {&forms.lemma, lemma_weight}, {&forms.stem, stem_weight},
            {&forms.folded, folded_weight}, {&forms.part, part_weight}};
        for (const auto &[queries, weight] : graded) {
            if (queries->empty()) continue;
            std::vector<Xapian::Query> forms_so_far(closer);
            forms_so_far.insert(forms_so_far.end(), queries->begin(), queries->end());
            Xapian::Query level = any(forms_so_far, Xapian::Query::OP_SYNONYM);
            if (weight != 1.0) level = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, level, weight);
            levels.push_back(closer.empty() ? level : Xapian::Query(Xapian::Query::OP_AND_NOT, level, any(closer, Xapian::Query::OP_OR)));
            closer = forms_so_far;
        }
        return any(levels, Xapian::Query::OP_OR);
    }

    // Every form, unweighted: what a NOT takes away, or a position in a phrase.
    static Xapian::Query flat(const Forms &forms) {
        std::vector<Xapian::Query> all;
        for (const auto *level : {&forms.exact, &forms.lemma, &forms.stem, &forms.folded}) all.insert(all.end(), level->begin(), level->end());
        return any(all, Xapian::Query::OP_OR);
    }

    // The window of a phrase or NEAR, as its description writes it: "(a NEAR 11 b)".
    static Xapian::termcount window(const Xapian::Query &query, const char *name) {
        std::string description = query.get_description();
        std::string marker = std::string(" ") + name + " ";
        size_t at = description.find(marker);
        if (at == std::string::npos) return query.get_num_subqueries();
        return static_cast<Xapian::termcount>(std::strtoul(description.c_str() + at + marker.size(), nullptr, 10));
    }

    Xapian::Query expand(const Xapian::Query &query, Context context) const {
        const Xapian::Query::op type = query.get_type();
        if (type == Xapian::Query::LEAF_TERM) {
            Forms forms;
            add_forms(*query.get_terms_begin(), context, forms);
            return context == Context::excluded ? flat(forms) : combine(forms);
        }
        const size_t count = query.get_num_subqueries();
        std::vector<Xapian::Query> children;
        switch (type) {
            case Xapian::Query::OP_SYNONYM: {
                // Auto synonyms: the word's forms and its groups' terms, as one word.
                Forms forms;
                for (size_t i = 0; i < count; ++i) {
                    Xapian::Query child = query.get_subquery(i);
                    if (child.get_type() == Xapian::Query::LEAF_TERM) add_forms(*child.get_terms_begin(), context, forms);
                    else forms.exact.push_back(expand(child, context));
                }
                return context == Context::excluded ? flat(forms) : combine(forms);
            }
            case Xapian::Query::OP_PHRASE:
            case Xapian::Query::OP_NEAR: {
                // Xapian 1.4 takes terms or an OP_OR of terms here, not OP_SYNONYM. A word's exact
                // form has no positions in the text: inside the phrase Xapian would let it match at
                // any place, so it goes beside the phrase, weightless, for the snippet's highlights.
                // A field's words (title:"…") keep no positions either: its phrase is the text's, in
                // documents whose field holds each of its words (the field's text is in the text too).
                std::vector<Xapian::Query> written, fielded;
                for (size_t i = 0; i < count; ++i) {
                    Xapian::Query child = query.get_subquery(i);
                    Forms forms;
                    if (child.get_type() == Xapian::Query::LEAF_TERM) {
                        const std::string &term = *child.get_terms_begin();
                        if (const std::string *prefix = text_prefix(term)) {
                            fielded.push_back(child);
                            add_forms(term.substr(prefix->size()), Context::positional, forms);
                            forms.exact.clear();
                        } else {
                            add_forms(term, Context::positional, forms);
                        }
                    }
                    if (forms.folded.empty()) {
                        children.push_back(child);
                        continue;
                    }
                    children.push_back(any(forms.folded, Xapian::Query::OP_OR));
                    written.insert(written.end(), forms.exact.begin(), forms.exact.end());
                }
                Xapian::Query positional(type, children.begin(), children.end(),
                                         window(query, type == Xapian::Query::OP_PHRASE ? "PHRASE" : "NEAR"));
                if (!fielded.empty()) {
                    fielded.insert(fielded.begin(), positional);
                    positional = Xapian::Query(Xapian::Query::OP_AND, fielded.begin(), fielded.end());
                }
                if (written.empty()) return positional;
                return Xapian::Query(Xapian::Query::OP_AND_MAYBE, positional,
                                     Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any(written, Xapian::Query::OP_OR), 0.0));
            }
            case Xapian::Query::OP_AND:
            case Xapian::Query::OP_OR:
            case Xapian::Query::OP_XOR:
            case Xapian::Query::OP_AND_MAYBE:
            case Xapian::Query::OP_FILTER:
            case Xapian::Query::OP_MAX:
            case Xapian::Query::OP_AND_NOT: {
                for (size_t i = 0; i < count; ++i) {
                    // What AND_NOT takes away, it takes in its whole-word forms only: a part of a compound
                    // does not make a document the query excludes.
                    bool excluded = type == Xapian::Query::OP_AND_NOT && i > 0;
                    children.push_back(expand(query.get_subquery(i), excluded ? Context::excluded : context));
                }
                return Xapian::Query(type, children.begin(), children.end());
            }
            default:
                return query;  // value ranges, wildcards, match-all: as parsed
        }
    }
};

}  // namespace

mx_status mx_query_expand(mx_query *query, mx_stem *exact, mx_stem *folded, const mx_expansion *how, mx_query **out,
                          char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        Expander expander{exact->stem,       folded->stem,       how->folded_prefix, how->dotted_prefix, how->undotted_prefix,
                          how->lemma_prefix, how->part_prefix,   how->lemma_weight,  how->stem_weight,
                          how->folded_weight, how->part_weight,  split(how->text_prefixes, ' '), {}};
        for (size_t i = 0; i < how->word_count; ++i) expander.lemmas[how->words[i]] = split(how->lemmas[i], ' ');
        *out = new mx_query{expander.expand(query->query, Expander::Context::free)};
    });
}

mx_status mx_query_description(mx_query *query, char **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = copy_string(query->query.get_description());
        if (!*out) throw std::bad_alloc();
    });
}

mx_status mx_query_serialise(mx_query *query, char **out, size_t *length, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        std::string bytes = query->query.serialise();
        *length = bytes.size();
        *out = copy_string(bytes);
        if (!*out) throw std::bad_alloc();
    });
}

mx_status mx_query_new_filter(mx_query *query, mx_query *filter, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = new mx_query{Xapian::Query(Xapian::Query::OP_FILTER, query->query, filter->query)};
    });
}

mx_status mx_query_new_and_not(mx_query *query, mx_query *without, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        *out = new mx_query{Xapian::Query(Xapian::Query::OP_AND_NOT, query->query, without->query)};
    });
}

mx_status mx_query_new_phrase(const char *const *terms, const size_t *counts, size_t positions, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        std::vector<Xapian::Query> parts;
        size_t next = 0;
        for (size_t i = 0; i < positions; ++i) {
            std::vector<Xapian::Query> alternatives;
            for (size_t j = 0; j < counts[i]; ++j) alternatives.emplace_back(std::string(terms[next++]));
            parts.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
        }
        *out = new mx_query{Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), positions)};
    });
}

mx_status mx_query_new_value_ge(uint32_t slot, const char *value, mx_query **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_query{Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, value)}; });
}

void mx_query_destroy(mx_query *query) {
    try { delete query; } catch (...) {}
}

mx_status mx_enquire_new(mx_database *db, mx_enquire **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_enquire{Xapian::Enquire(reader(db))}; });
}

void mx_enquire_destroy(mx_enquire *enquire) {
    try { delete enquire; } catch (...) {}
}

mx_status mx_enquire_set_query(mx_enquire *enquire, mx_query *query, char **error) {
    return guarded(error, [&] { enquire->enquire.set_query(query->query); });
}

mx_status mx_enquire_set_sort_by_value(mx_enquire *enquire, uint32_t slot, int reverse, char **error) {
    return guarded(error, [&] { enquire->enquire.set_sort_by_value_then_relevance(slot, reverse != 0); });
}

mx_status mx_enquire_set_collapse_key(mx_enquire *enquire, uint32_t slot, char **error) {
    return guarded(error, [&] { enquire->enquire.set_collapse_key(slot); });
}

mx_status mx_enquire_set_time_limit(mx_enquire *enquire, double seconds, char **error) {
    return guarded(error, [&] { enquire->enquire.set_time_limit(seconds); });
}

mx_status mx_enquire_add_termspy(mx_enquire *enquire, mx_termspy *spy, char **error) {
    return guarded(error, [&] { enquire->enquire.add_matchspy(&spy->spy); });
}

mx_status mx_enquire_get_mset(mx_enquire *enquire, uint32_t first, uint32_t maxitems, uint32_t check_at_least,
                              mx_mset **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] { *out = new mx_mset{enquire->enquire.get_mset(first, maxitems, check_at_least)}; });
}

void mx_mset_destroy(mx_mset *mset) {
    try { delete mset; } catch (...) {}
}

uint32_t mx_mset_size(mx_mset *mset) { return mset->mset.size(); }

uint32_t mx_mset_estimated(mx_mset *mset) { return mset->mset.get_matches_estimated(); }

int mx_mset_estimate_is_exact(mx_mset *mset) {
    return mset->mset.get_matches_lower_bound() == mset->mset.get_matches_upper_bound();
}

uint32_t mx_mset_lower_bound(mx_mset *mset) { return mset->mset.get_matches_lower_bound(); }

uint32_t mx_mset_uncollapsed_lower_bound(mx_mset *mset) { return mset->mset.get_uncollapsed_matches_lower_bound(); }

mx_status mx_mset_collapse_count(mx_mset *mset, uint32_t index, uint32_t *out, char **error) {
    return guarded(error, [&] { *out = mset->mset[index].get_collapse_count(); });
}

mx_status mx_mset_docid(mx_mset *mset, uint32_t index, uint32_t *out, char **error) {
    return guarded(error, [&] { *out = *(mset->mset[index]); });
}

mx_status mx_mset_weight(mx_mset *mset, uint32_t index, double *out, char **error) {
    return guarded(error, [&] { *out = mset->mset[index].get_weight(); });
}

mx_status mx_mset_data(mx_mset *mset, uint32_t index, char **out, size_t *length, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        std::string data = mset->mset[index].get_document().get_data();
        *length = data.size();
        *out = copy_string(data);
        if (!*out) throw std::bad_alloc();
    });
}

mx_status mx_mset_snippet(mx_mset *mset, const char *text, size_t length, size_t max_length, const char *language,
                          const char *hi_start, const char *hi_end, const char *omit, char **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        std::string snippet = mset->mset.snippet(std::string(text, length), max_length, Xapian::Stem(language),
                                                 Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                                     Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                                 hi_start, hi_end, omit);
        *out = copy_string(snippet);
        if (!*out) throw std::bad_alloc();
    });
}

mx_status mx_termspy_new(const char *const *prefixes, size_t count, mx_termspy **out, char **error) {
    *out = nullptr;
    return guarded(error, [&] {
        auto *spy = new mx_termspy{};
        spy->spy.prefixes.assign(prefixes, prefixes + count);
        *out = spy;
    });
}

void mx_termspy_destroy(mx_termspy *spy) {
    try { delete spy; } catch (...) {}
}

mx_status mx_termspy_count_mset(mx_termspy *spy, mx_mset *mset, char **error) {
    return guarded(error, [&] {
        for (Xapian::MSetIterator it = mset->mset.begin(); it != mset->mset.end(); ++it) {
            spy->spy(it.get_document(), it.get_weight());
        }
    });
}

uint32_t mx_termspy_documents(mx_termspy *spy) { return spy->spy.documents; }

size_t mx_termspy_size(mx_termspy *spy) {
    spy->spy.entries.assign(spy->spy.counts.begin(), spy->spy.counts.end());
    return spy->spy.entries.size();
}

mx_status mx_termspy_entry(mx_termspy *spy, size_t index, char **term, uint32_t *count, char **error) {
    *term = nullptr;
    return guarded(error, [&] {
        const auto &entry = spy->spy.entries.at(index);
        *term = copy_string(entry.first);
        if (!*term) throw std::bad_alloc();
        *count = entry.second;
    });
}

} // extern "C"
