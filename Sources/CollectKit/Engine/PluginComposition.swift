/// What the configured plugins add up to, checked once when an engine is built: the extra
/// lexicon for plugin-defined excuse categories, their definitions, and the extra
/// message-review phrases. Problems (a category defined twice, a malformed term) are
/// reported as diagnostics naming the plugin; the offending contribution is skipped and
/// everything else keeps working.
struct PluginComposition: Sendable {
    var definitions: [ExcuseCategory: ExcuseCategoryDefinition] = [:]
    var categoryLexicon: LexiconExcuseClassifier?
    var reviewPhrases: [MessageReviewPhrase] = []
    var diagnostics: [CollectKitError] = []

    init(plugins: [any CollectionPlugin]) {
        var names: Set<String> = []
        var lines: [String] = []
        for plugin in plugins {
            if !names.insert(plugin.name).inserted {
                diagnostics.append(CollectKitError(kind: .duplicateIdentifier, field: "plugins", value: plugin.name,
                                                   reason: "two plugins share this name; diagnostics cannot tell them apart"))
            }
            for definition in plugin.excuseCategories {
                let category = definition.category
                if ExcuseCategory.builtIn.contains(category) || definitions[category] != nil {
                    diagnostics.append(CollectKitError(
                        kind: .duplicateIdentifier, field: "plugin[\(plugin.name)].excuseCategories", value: category.rawValue,
                        reason: "this category is already defined (built in or by an earlier plugin); the first definition is kept"))
                    continue
                }
                let terms = definition.chineseTerms + definition.englishTerms
                let entries = terms.compactMap { term -> String? in
                    // Tabs and newlines would break the lexicon's line format.
                    let phrase = term.phrase.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
                    return phrase.allSatisfy(\.isWhitespace) ? nil : "\(category.rawValue)\t\(term.weight)\t\(phrase)"
                }
                do {
                    _ = try ExcuseLexicon(tsv: [entries.joined(separator: "\n")])
                } catch {
                    diagnostics.append(CollectKitError(kind: .invalidData, field: "plugin[\(plugin.name)].excuseCategories",
                                                       value: category.rawValue, reason: "its terms do not compile: \(error.reason)"))
                    continue
                }
                definitions[category] = definition
                lines += entries
            }
            reviewPhrases += plugin.messageReviewPhrases
        }
        // Each plugin's terms compiled on their own above, so together they compile too; if
        // they somehow do not, the categories are reported rather than silently dropped.
        if !lines.isEmpty {
            do {
                categoryLexicon = LexiconExcuseClassifier(lexicon: try ExcuseLexicon(tsv: [lines.joined(separator: "\n")]))
            } catch {
                diagnostics.append(CollectKitError(kind: .invalidData, field: "plugins.excuseCategories", value: "",
                                                   reason: "the plugins' categories do not compile together: \(error.reason)"))
            }
        }
    }
}
