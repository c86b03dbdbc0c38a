// Small PDFs written by hand for the tests: one page, a content stream and optional form
// XObjects, with a correct cross-reference table.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace gongkai::testing {

// Objects 1-3 are the catalog, the page tree and the page; 4 is the page's content; `forms`
// become objects 5, 6, … (each a full object body, stream included). `resources` is the page's
// /Resources dictionary body.
inline void write_pdf(const std::filesystem::path& file, const std::string& content,
                      const std::vector<std::string>& forms = {}, const std::string& resources = "",
                      int size = 600) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(size) + " " +
          std::to_string(size) + "] /Contents 4 0 R /Resources << " + resources + " >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
  objects.insert(objects.end(), forms.begin(), forms.end());
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto offset : offsets) {
    std::string n = std::to_string(offset);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  std::ofstream(file, std::ios::binary) << pdf;
}

// A form stream object.
inline std::string form(const std::string& content, const std::string& resources = "") {
  return "<< /Type /XObject /Subtype /Form /BBox [0 0 600 600] /Resources << " + resources +
         " >> /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
         "\nendstream";
}

}  // namespace gongkai::testing
