// One case per XPath feature that /work/shared/corpus/reference/FEATURES.md lists as used by the
// corpus Schematron files, in the style the rules use it.
#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"

using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

namespace {

const char* kInvoice =
    R"(<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:cac" xmlns:cbc="urn:cbc" xmlns:x="urn:x">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID> INV-1 </cbc:ID>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>DE75 5121 0800 1245 1261 99</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID="EUR">10.10</cbc:LineExtensionAmount></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:LineExtensionAmount currencyID="EUR">20.20</cbc:LineExtensionAmount></cac:InvoiceLine>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">30.30</cbc:LineExtensionAmount></cac:LegalMonetaryTotal>
  <x:Anything><x:Deep><x:Name>Muster GmbH</x:Name></x:Deep></x:Anything>
</Invoice>)";

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_corpus_features)

BOOST_AUTO_TEST_CASE(each_feature_used_by_the_corpus) {
  Fixture f(kInvoice);
  f.statics().declare_namespace("ubl", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
  f.statics().declare_namespace("cac", "urn:cac");
  f.statics().declare_namespace("cbc", "urn:cbc");
  std::size_t codes = f.statics().declare_variable("supportedCodes");
  f.dynamics().set_variable(
      codes, konform::xpath::compile("('380', '381')", f.statics()).evaluate(f.dynamics()));
  const std::vector<Case> cases = {
      // functions
      {"not(/ubl:Invoice/cbc:Missing)", "true"},
      {"normalize-space(/ubl:Invoice/cbc:ID)", "INV-1"},
      {"exists(/ubl:Invoice/cac:InvoiceLine)", "true"},
      {"ends-with(/ubl:Invoice/cbc:CustomizationID, ':2017')", "true"},
      {"boolean(normalize-space(/ubl:Invoice/cbc:ID))", "true"},
      {"concat('[', normalize-space(/ubl:Invoice/cbc:ID), ']')", "[INV-1]"},
      {"contains(/ubl:Invoice/cbc:CustomizationID, 'en16931')", "true"},
      {"matches(/ubl:Invoice/cbc:InvoiceTypeCode, '^[0-9]{3}$')", "true"},
      {"empty(/ubl:Invoice/cbc:Note)", "true"},
      {"replace(/ubl:Invoice//cac:PayeeFinancialAccount/cbc:ID, '([ \\n\\r\\t\\s])', '')",
       "DE75512108001245126199"},
      {"count(//cac:InvoiceLine)", "2"},
      {"true()", "true"},
      {"substring(/ubl:Invoice/cbc:CustomizationID, 1, 6)", "urn:ce"},
      {"string(/ubl:Invoice/cbc:InvoiceTypeCode)", "380"},
      {"string-join(tokenize('a b c', ' '), ',')", "a,b,c"},
      {"string-join(//cac:InvoiceLine/cbc:ID, ',')", "1,2"},
      {"string-to-codepoints('DE')", "68 69"},
      {"upper-case('de')", "DE"},
      {"sum(//cac:InvoiceLine/cbc:LineExtensionAmount/xs:decimal(.))", "30.3"},
      {"10 div 4", "2.5"},
      {"starts-with(/ubl:Invoice/cbc:CustomizationID, 'urn:cen')", "true"},
      {"//cac:InvoiceLine[last()]/cbc:ID/string()", "2"},
      {"round(2.5)", "3"},
      {"string-length(/ubl:Invoice/cbc:InvoiceTypeCode)", "3"},
      {"substring-after(/ubl:Invoice/cbc:CustomizationID, 'urn:')", "cen.eu:en16931:2017"},
      // syntax
      {"count(//cbc:ID)", "4"},
      {"//*:Deep/*:Name/string()", "Muster GmbH"},
      {"/ubl:Invoice/cbc:InvoiceTypeCode = $supportedCodes", "true"},
      {"//cbc:LineExtensionAmount[1]/@currencyID/string()", "EUR EUR EUR"},
      {"if (exists(//cbc:PrepaidAmount)) then xs:decimal(//cbc:PrepaidAmount) else 0", "0"},
      {"count(//cac:InvoiceLine | //cac:LegalMonetaryTotal)", "3"},
      {"xs:decimal('10.10') + xs:decimal('20.20') - 0.3 * 2", "29.7"},
      {"xs:integer('42') + xs:decimal('0.5')", "42.5"},
      {"xs:string(42)", "42"},
      {"/ubl:Invoice/cbc:InvoiceTypeCode = ('380', '381', '384')", "true"},
      {"count(//cac:InvoiceLine) > 1", "true"},
      {"count(//cac:InvoiceLine) >= 3", "false"},
      {"//cac:InvoiceLine/cbc:ID/normalize-space()", "1 2"},
      {"//cbc:PaymentMeansCode/ancestor::cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID/"
       "string()",
       "DE75 5121 0800 1245 1261 99"},
      {"every $l in //cac:InvoiceLine satisfies exists($l/cbc:ID)", "true"},
      {"(//cac:InvoiceLine)[2]/cbc:ID/string()", "2"},
      {"count(//cac:InvoiceLine) < 3", "true"},
      {"count(//cac:InvoiceLine) <= 1", "false"},
      {"string-join(for $l in //cac:InvoiceLine return $l/cbc:ID, '+')", "1+2"},
      {"(1 to 3)", "1 2 3"},
      {"17 mod 5", "2"},
      {"/ubl:Invoice/cbc:InvoiceTypeCode != '381'", "true"},
      {"//cac:InvoiceLine[2]/preceding-sibling::cac:InvoiceLine/cbc:ID/string()", "1"},
      {"//cac:InvoiceLine/cbc:ID/../cbc:LineExtensionAmount/string()", "10.10 20.20"},
      {"//cac:InvoiceLine[1]/following-sibling::cac:InvoiceLine/cbc:ID/string()", "2"},
      // BR-CO-10 style: sum of line amounts equals the total, exactly, in decimals.
      {"xs:decimal(//cac:LegalMonetaryTotal/cbc:LineExtensionAmount) = "
       "round(sum(//cac:InvoiceLine/xs:decimal(cbc:LineExtensionAmount)) * 100) div 100",
       "true"},
      // BR-DE-19: IBAN check digits via a 24+ digit integer mod 97.
      {"xs:integer(string-join(for $cp in string-to-codepoints(concat(substring(normalize-space("
       "replace(//cac:PayeeFinancialAccount/cbc:ID, '([ \\n\\r\\t\\s])', "
       "'')),5),upper-case(substring("
       "normalize-space(replace(//cac:PayeeFinancialAccount/cbc:ID, '([ \\n\\r\\t\\s])', "
       "'')),1,2)),"
       "substring(normalize-space(replace(//cac:PayeeFinancialAccount/cbc:ID, '([ \\n\\r\\t\\s])', "
       "'')),"
       "3,2))) return (if($cp > 64) then string($cp - 55) else string($cp - 48)),'')) mod 97 = 1",
       "true"},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
