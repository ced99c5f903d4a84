// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer/mpswriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace pz::optimizer {

std::string shortestNumber(double value)
{
    if (value == 0)
        return "0";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

namespace {

// Free MPS names are tokens: blanks would split them.
std::string token(const std::string &name)
{
    std::string out = name.empty() ? std::string("parkzero") : name;
    for (char &c : out)
        if (c == ' ' || c == '\t')
            c = '_';
    return out;
}

void writeRows(const LpModel &m, std::string &out)
{
    out += "ROWS\n N COST\n";
    for (const LpRow &r : m.rows) {
        const char *type = r.sense == RowSense::Equal ? " E " : r.sense == RowSense::LessEqual ? " L " : " G ";
        out += type + r.name + '\n';
    }
}

void writeColumns(const LpModel &m, std::string &out)
{
    // Entries by column, in row order within each column.
    std::vector<std::vector<const LpEntry *>> byColumn(m.columns.size());
    for (const LpEntry &e : m.entries)
        byColumn[e.column].push_back(&e);
    out += "COLUMNS\n";
    bool inInteger = false;
    int markers = 0;
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        const LpColumn &col = m.columns[c];
        if (col.integer != inInteger) {
            out += " M" + std::to_string(markers++) + (col.integer ? " 'MARKER' 'INTORG'\n" : " 'MARKER' 'INTEND'\n");
            inInteger = col.integer;
        }
        if (col.cost != 0)
            out += ' ' + col.name + " COST " + shortestNumber(col.cost) + '\n';
        std::vector<const LpEntry *> &list = byColumn[c];
        std::stable_sort(list.begin(), list.end(), [](const LpEntry *a, const LpEntry *b) { return a->row < b->row; });
        for (const LpEntry *e : list)
            out += ' ' + col.name + ' ' + m.rows[e->row].name + ' ' + shortestNumber(e->value) + '\n';
    }
    if (inInteger)
        out += " M" + std::to_string(markers) + " 'MARKER' 'INTEND'\n";
}

void writeRhs(const LpModel &m, std::string &out)
{
    out += "RHS\n";
    for (const LpRow &r : m.rows)
        if (r.rhs != 0)
            out += " RHS " + r.name + ' ' + shortestNumber(r.rhs) + '\n';
}

// Bounds other than [0, +inf); integer columns always get both (readers differ on their default).
void writeBounds(const LpModel &m, std::string &out)
{
    out += "BOUNDS\n";
    for (const LpColumn &c : m.columns) {
        const bool finiteUpper = std::isfinite(c.upper);
        if (finiteUpper && c.lower == c.upper) {
            out += " FX BND " + c.name + ' ' + shortestNumber(c.lower) + '\n';
            continue;
        }
        if (c.lower != 0 || c.integer)
            out += (std::isfinite(c.lower) ? " LO BND " + c.name + ' ' + shortestNumber(c.lower) : " MI BND " + c.name) + '\n';
        if (finiteUpper)
            out += " UP BND " + c.name + ' ' + shortestNumber(c.upper) + '\n';
        else if (c.integer)
            out += " PL BND " + c.name + '\n';
    }
}

} // namespace

std::string mpsText(const LpModel &model)
{
    std::string out;
    out.reserve(model.entries.size() * 32 + model.rows.size() * 24);
    out += "NAME " + token(model.name) + '\n';
    writeRows(model, out);
    writeColumns(model, out);
    writeRhs(model, out);
    writeBounds(model, out);
    out += "ENDATA\n";
    return out;
}

} // namespace pz::optimizer
