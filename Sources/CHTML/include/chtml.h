// A plain C view of libxml2's HTML parser (CLibXML2), so Swift never sees libxml2's headers (they
// bring ICU's, which clash with Foundation's): parse, walk the tree, free.
#ifndef CHTML_H
#define CHTML_H

#include <stddef.h>

typedef struct mh_node mh_node;
typedef struct mh_document mh_document;

enum { MH_ELEMENT = 1, MH_TEXT = 3, MH_OTHER = 0 };

// Sets libxml2 up; once, on one thread, before any parsing on several.
void mh_init(void);
// Parses HTML as browsers do (tags left open, no network); NULL when nothing could be read.
mh_document *mh_parse(const char *bytes, size_t length);
void mh_free(mh_document *document);
mh_node *mh_root(mh_document *document);
mh_node *mh_children(mh_node *node);
mh_node *mh_next(mh_node *node);
int mh_type(mh_node *node);
// An element's lowercase name, or a text node's content; owned by the document.
const char *mh_name(mh_node *node);
const char *mh_content(mh_node *node);
// An element's attribute's value, a copy the caller frees (free()); NULL when it has none.
char *mh_attribute(mh_node *node, const char *name);

#endif
