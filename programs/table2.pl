%! eric-lp program 1
%! layers: block5_pool
%! class 0: desert
%! class 1: forest
%! class 2: street
% vars=17 rules=6 size=25
:- dynamic image/1, active/3, fired/2, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
label(block5_pool, 2, "tree_trunk").
label(block5_pool, 62, "wall").
label(block5_pool, 75, "cars").
label(block5_pool, 92, "tree_tops").
label(block5_pool, 203, "cliffs").
label(block5_pool, 211, "bends").
label(block5_pool, 235, "grey").
label(block5_pool, 243, "trees_misc").
label(block5_pool, 308, "crowd").
label(block5_pool, 346, "animal").
label(block5_pool, 474, "grass").
% r1    crowd & ~grass -> street
fired(I, r1) :- image(I), active(I, block5_pool, 308), \+ active(I, block5_pool, 474).
class(I, street) :- fired(I, r1).
% r7    cars & ~crowd & animal & block5_pool#404 & ~grass -> street
fired(I, r7) :- image(I), active(I, block5_pool, 75), \+ active(I, block5_pool, 308), active(I, block5_pool, 346), active(I, block5_pool, 404), \+ active(I, block5_pool, 474).
class(I, street) :- fired(I, r7).
% r10    ~wall & tree_tops & ~cliffs & grey & animal -> forest
fired(I, r10) :- image(I), \+ active(I, block5_pool, 62), active(I, block5_pool, 92), \+ active(I, block5_pool, 203), active(I, block5_pool, 235), active(I, block5_pool, 346).
class(I, forest) :- fired(I, r10).
% r13    ~tree_trunk & wall & ~tree_tops & animal & ~grass -> forest
fired(I, r13) :- image(I), \+ active(I, block5_pool, 2), active(I, block5_pool, 62), \+ active(I, block5_pool, 92), active(I, block5_pool, 346), \+ active(I, block5_pool, 474).
class(I, forest) :- fired(I, r13).
% r17    ~tree_trunk & ~tree_tops & ~trees_misc & grass -> desert
fired(I, r17) :- image(I), \+ active(I, block5_pool, 2), \+ active(I, block5_pool, 92), \+ active(I, block5_pool, 243), active(I, block5_pool, 474).
class(I, desert) :- fired(I, r17).
% r25    tree_trunk & ~tree_tops & bends & grass -> desert
fired(I, r25) :- image(I), active(I, block5_pool, 2), \+ active(I, block5_pool, 92), active(I, block5_pool, 211), active(I, block5_pool, 474).
class(I, desert) :- fired(I, r25).
