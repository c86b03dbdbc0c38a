// Internal to review/: the report's inline style sheet and script (no file is ever fetched).
#pragma once

#include <string_view>

namespace gongkai::review::detail {

// Colours follow the Okabe–Ito palette, told apart by colour-blind readers too.
inline constexpr std::string_view kStyle = R"css(
html,body{height:100%}
body{font:14px/1.4 sans-serif;margin:0;color:#222;background:#f4f4f4;display:flex}
aside{flex:0 0 440px;height:100vh;overflow:auto;background:#fff;padding:12px 16px;box-sizing:border-box;box-shadow:1px 0 3px #0002}
main{flex:1 1 0;height:100vh;overflow:auto}
section{background:#fff;margin:12px;padding:12px 16px;border-radius:6px;box-shadow:0 1px 3px #0002}
h1{font-size:20px;margin:0 0 6px}h2{font-size:16px;margin:0 0 8px}
.counts span{margin-right:14px}.bad{color:#b00;font-weight:bold}
.legend span{display:inline-block;margin-right:12px}.legend i{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
ol.checks{padding-left:24px}
li.check{cursor:pointer;margin:4px 0;padding:3px 6px;border-left:4px solid #aaa}
li.check.source_error{border-color:#d00}li.check.parse_doubt{border-color:#e69f00}
li.check:hover{background:#fff3d0}li.check.hit{background:#ffe0e0}
li.check .v{font-weight:bold;margin-right:6px}.num{font-family:monospace}
ul.diag{color:#7a4a00;margin:4px 0}
.row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.sheet{position:relative;flex:0 0 auto;width:min(100%,var(--w));border:1px solid #ccc}
.sheet img{display:block;width:100%;height:auto}
.m{position:absolute;box-sizing:border-box;pointer-events:auto}
.m.table{border:2px dashed #333;pointer-events:none}
.m.header{background:#e69f0033;border:1px solid #e69f00}
.m.label{background:#0072b222;border:1px solid #0072b2}
.m.code{background:#cc79a733;border:1px solid #cc79a7}
.m.amount{background:#009e7322;border:1px solid #009e73}
.m.left-as-text{background:#d55e0033;border:2px solid #d55e00}
.m.quote{background:#f0e44255;border:1px solid #b8a800}
.m.hit,td.hit{background:#ff000066!important;outline:3px solid #e00;z-index:2}
.tables{flex:1 1 0;min-width:360px;overflow:auto;max-height:calc(var(--h) * 1px)}
.tables table{border-collapse:collapse;margin-bottom:16px;font-size:12px}
.tables caption{text-align:left;font-weight:bold;padding:4px 0}
.tables td,.tables th{border:1px solid #ccc;padding:1px 4px;white-space:nowrap}
.tables th{background:#fbeed6}.tables td.amount{text-align:right;font-family:monospace}
.tables td.code{color:#7a3a66}
.meta{color:#555;font-size:12px;font-weight:normal}
)css";

// A click on a check (or a link to #check-N) marks the cells it names, on the page and in the
// HTML tables, and brings the first into view.
inline constexpr std::string_view kScript = R"js(
function showCheck(li){
  document.querySelectorAll('.hit').forEach(function(e){e.classList.remove('hit');});
  li.classList.add('hit');
  var first=null,n=0;
  (li.dataset.cells||'').split(' ').forEach(function(id){
    var e=id&&document.getElementById(id);
    if(!e)return;
    e.classList.add('hit');n++;
    if(!first&&e.classList.contains('m'))first=e;
  });
  document.body.dataset.marked=String(n);
  if(first)first.scrollIntoView({block:'center'});
}
document.querySelectorAll('li.check').forEach(function(li){
  li.addEventListener('click',function(){history.replaceState(null,'','#'+li.id);showCheck(li);});
});
if(location.hash.indexOf('#check-')===0){
  var li=document.getElementById(location.hash.slice(1));
  if(li)showCheck(li);
}
)js";

}  // namespace gongkai::review::detail
