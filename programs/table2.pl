%! eric-lp program 1
%! layers: block5_pool
%! class 0: desert
%! class 1: forest
%! class 2: street
% vars=17 rules=6 size=25
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
label(block5_pool, 28, "tree_trunk").
label(block5_pool, 88, "grey").
label(block5_pool, 101, "wall").
label(block5_pool, 118, "tree_tops").
label(block5_pool, 229, "cliffs").
label(block5_pool, 269, "trees_misc").
label(block5_pool, 334, "crowd").
label(block5_pool, 500, "grass").
% r1    crowd & ~grass -> street
fired(I, r1) :- active(I, block5_pool, 334), image(I), \+ active(I, block5_pool, 500).
class(I, street) :- fired(I, r1).
% r7    wall & ~crowd & block5_pool#372 & block5_pool#430 & ~grass -> street
fired(I, r7) :- active(I, block5_pool, 101), active(I, block5_pool, 372), active(I, block5_pool, 430), image(I), \+ active(I, block5_pool, 334), \+ active(I, block5_pool, 500).
class(I, street) :- fired(I, r7).
% r10    ~grey & tree_tops & ~cliffs & block5_pool#261 & block5_pool#372 -> forest
fired(I, r10) :- active(I, block5_pool, 118), active(I, block5_pool, 261), active(I, block5_pool, 372), image(I), \+ active(I, block5_pool, 88), \+ active(I, block5_pool, 229).
class(I, forest) :- fired(I, r10).
% r13    ~tree_trunk & grey & ~tree_tops & block5_pool#372 & ~grass -> forest
fired(I, r13) :- active(I, block5_pool, 88), active(I, block5_pool, 372), image(I), \+ active(I, block5_pool, 28), \+ active(I, block5_pool, 118), \+ active(I, block5_pool, 500).
class(I, forest) :- fired(I, r13).
% r17    ~tree_trunk & ~tree_tops & ~trees_misc & grass -> desert
fired(I, r17) :- active(I, block5_pool, 500), image(I), \+ active(I, block5_pool, 28), \+ active(I, block5_pool, 118), \+ active(I, block5_pool, 269).
class(I, desert) :- fired(I, r17).
% r25    tree_trunk & ~tree_tops & block5_pool#237 & grass -> desert
fired(I, r25) :- active(I, block5_pool, 28), active(I, block5_pool, 237), active(I, block5_pool, 500), image(I), \+ active(I, block5_pool, 118).
class(I, desert) :- fired(I, r25).
