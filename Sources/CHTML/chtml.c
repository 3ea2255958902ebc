#include "chtml.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

void mh_init(void) { xmlInitParser(); }

mh_document *mh_parse(const char *bytes, size_t length) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    return (mh_document *)htmlReadMemory(bytes, (int)length, NULL, NULL, options);
}

void mh_free(mh_document *document) { xmlFreeDoc((xmlDocPtr)document); }

mh_node *mh_root(mh_document *document) { return (mh_node *)xmlDocGetRootElement((xmlDocPtr)document); }

mh_node *mh_children(mh_node *node) { return (mh_node *)((xmlNodePtr)node)->children; }

mh_node *mh_next(mh_node *node) { return (mh_node *)((xmlNodePtr)node)->next; }

int mh_type(mh_node *node) {
    switch (((xmlNodePtr)node)->type) {
        case XML_ELEMENT_NODE: return MH_ELEMENT;
        case XML_TEXT_NODE: return MH_TEXT;
        default: return MH_OTHER;
    }
}

const char *mh_name(mh_node *node) { return (const char *)((xmlNodePtr)node)->name; }

const char *mh_content(mh_node *node) { return (const char *)((xmlNodePtr)node)->content; }

char *mh_attribute(mh_node *node, const char *name) {
    xmlChar *value = xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
    if (value == NULL) return NULL;
    char *copy = strdup((const char *)value);
    xmlFree(value);
    return copy;
}
