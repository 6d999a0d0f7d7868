#include "validator/xml/schema_code_lists.h"

#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/framework/psvi/XSAnnotation.hpp>
#include <xercesc/framework/psvi/XSAttributeDeclaration.hpp>
#include <xercesc/framework/psvi/XSAttributeUse.hpp>
#include <xercesc/framework/psvi/XSComplexTypeDefinition.hpp>
#include <xercesc/framework/psvi/XSElementDeclaration.hpp>
#include <xercesc/framework/psvi/XSModel.hpp>
#include <xercesc/framework/psvi/XSModelGroup.hpp>
#include <xercesc/framework/psvi/XSNamedMap.hpp>
#include <xercesc/framework/psvi/XSParticle.hpp>

#include <map>
#include <set>

#include "validator/xml/utf.h"

namespace konform::xml {
using namespace xercesc;

namespace {

bool names_a_value(XSConstants::VALUE_CONSTRAINT constraint) {
  return constraint == XSConstants::VALUE_CONSTRAINT_FIXED ||
         constraint == XSConstants::VALUE_CONSTRAINT_DEFAULT;
}

/// The attribute's fixed or default value (the use's own, else its declaration's); empty when it
/// has none. A default counts like a fixed value: a message without the attribute means that
/// list, and one that carries the attribute names its own (the code-list stage reads the
/// message's attribute first).
std::string named_value(XSAttributeUse* use) {
  if (names_a_value(use->getConstraintType())) return to_utf8(use->getConstraintValue());
  XSAttributeDeclaration* declaration = use->getAttrDeclaration();
  if (declaration != nullptr && names_a_value(declaration->getConstraintType())) {
    return to_utf8(declaration->getConstraintValue());
  }
  return {};
}

/// The text of the first <genutzteCodeSpalte> in the type's appinfo (XÖV-Handbuch, code types).
std::string used_code_column(XSComplexTypeDefinition* type) {
  XSAnnotationList* annotations = type->getAnnotations();
  if (annotations == nullptr) return {};
  for (XMLSize_t i = 0; i < annotations->size(); ++i) {
    std::string text = to_utf8(annotations->elementAt(i)->getAnnotationString());
    static constexpr std::string_view kTag = "genutzteCodeSpalte>";
    auto open = text.find(kTag);
    if (open == std::string::npos) continue;
    auto start = open + kTag.size();
    auto end = text.find('<', start);
    if (end == std::string::npos) continue;
    std::string value = text.substr(start, end - start);
    auto first = value.find_first_not_of(" \t\r\n");
    auto last = value.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
  }
  return {};
}

class Collector {
 public:
  void element(XSElementDeclaration* declaration) {
    if (declaration == nullptr || !seen_elements_.insert(declaration).second) return;
    XSTypeDefinition* type = declaration->getTypeDefinition();
    if (type == nullptr || type->getTypeCategory() != XSTypeDefinition::COMPLEX_TYPE) return;
    auto* complex = static_cast<XSComplexTypeDefinition*>(type);
    record(declaration, complex);
    complex_type(complex);
  }

  void complex_type(XSComplexTypeDefinition* type) {
    if (type == nullptr || !seen_types_.insert(type).second) return;
    particle(type->getParticle());
  }

  SchemaCodeLists result() const {
    SchemaCodeLists out;
    for (const auto& [key, found] : by_name_) {
      if (found.conflicting) {
        out.ambiguous.push_back(key);
      } else {
        out.bindings.push_back(found.binding);
      }
    }
    return out;
  }

 private:
  struct Found {
    SchemaCodeList binding;
    bool conflicting = false;
  };

  void particle(XSParticle* particle) {
    if (particle == nullptr) return;
    switch (particle->getTermType()) {
      case XSParticle::TERM_ELEMENT:
        element(particle->getElementTerm());
        break;
      case XSParticle::TERM_MODELGROUP: {
        XSParticleList* children = particle->getModelGroupTerm()->getParticles();
        for (XMLSize_t i = 0; children != nullptr && i < children->size(); ++i) {
          this->particle(children->elementAt(i));
        }
        break;
      }
      default:
        break;
    }
  }

  void record(XSElementDeclaration* declaration, XSComplexTypeDefinition* type) {
    XSAttributeUseList* uses = type->getAttributeUses();
    if (uses == nullptr) return;
    SchemaCodeList binding;
    for (XMLSize_t i = 0; i < uses->size(); ++i) {
      XSAttributeUse* use = uses->elementAt(i);
      XSAttributeDeclaration* attribute = use->getAttrDeclaration();
      // Only the unqualified listURI / listVersionID of the XÖV Code type count.
      if (attribute == nullptr) continue;
      const XMLCh* ns = attribute->getNamespace();
      if (ns != nullptr && *ns != 0) continue;
      std::string name = to_utf8(attribute->getName());
      if (name == "listURI") binding.list_uri = named_value(use);
      if (name == "listVersionID") binding.list_version = named_value(use);
    }
    if (binding.list_uri.empty()) return;  // the message must name the list itself
    binding.namespace_uri = to_utf8(declaration->getNamespace());
    binding.local_name = to_utf8(declaration->getName());
    binding.code_column = used_code_column(type);
    std::string key = "{" + binding.namespace_uri + "}" + binding.local_name;
    auto [it, inserted] = by_name_.try_emplace(key, Found{binding, false});
    if (!inserted) {
      const auto& known = it->second.binding;
      if (known.list_uri != binding.list_uri || known.list_version != binding.list_version ||
          known.code_column != binding.code_column) {
        it->second.conflicting = true;
      }
    }
  }

  std::set<XSElementDeclaration*> seen_elements_;
  std::set<XSComplexTypeDefinition*> seen_types_;
  std::map<std::string, Found> by_name_;
};

}  // namespace

SchemaCodeLists code_lists_named_by_schema(const SchemaSet& schemas) {
  bool changed = false;
  XSModel* model = schemas.pool()->getXSModel(changed);
  if (model == nullptr) return {};
  Collector collector;
  if (auto* elements = model->getComponents(XSConstants::ELEMENT_DECLARATION)) {
    for (XMLSize_t i = 0; i < elements->getLength(); ++i) {
      collector.element(static_cast<XSElementDeclaration*>(elements->item(i)));
    }
  }
  if (auto* types = model->getComponents(XSConstants::TYPE_DEFINITION)) {
    for (XMLSize_t i = 0; i < types->getLength(); ++i) {
      auto* type = static_cast<XSTypeDefinition*>(types->item(i));
      if (type->getTypeCategory() == XSTypeDefinition::COMPLEX_TYPE) {
        collector.complex_type(static_cast<XSComplexTypeDefinition*>(type));
      }
    }
  }
  return collector.result();
}

}  // namespace konform::xml
