%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: shirt
% vars=52 rules=48 size=273
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=544 confidence=0.5074  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#29 & ~block3_pool#48 & ~block3_pool#54 & ~block3_pool#62 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r1).
% r2  support=208 confidence=0.6298  ~block3_pool#6 & ~block3_pool#12 & block3_pool#29 & ~block3_pool#48 & ~block3_pool#54 & ~block3_pool#62 -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=489 confidence=0.7096  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#48 & ~block3_pool#54 & block3_pool#62 -> t_shirt_top
fired(I, r3) :- active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 54).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=632 confidence=0.4984  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#17 & ~block3_pool#39 & ~block3_pool#48 & block3_pool#54 -> pullover
fired(I, r4) :- active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r4).
% r5  support=183 confidence=0.6448  ~block3_pool#6 & ~block3_pool#12 & block3_pool#17 & ~block3_pool#39 & ~block3_pool#48 & block3_pool#54 -> shirt
fired(I, r5) :- active(I, block3_pool, 17), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r5).
% r6  support=225 confidence=0.8978  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#21 & block3_pool#39 & ~block3_pool#48 & block3_pool#54 -> pullover
fired(I, r6) :- active(I, block3_pool, 39), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r6).
% r7  support=40 confidence=0.4250  ~block3_pool#6 & ~block3_pool#12 & block3_pool#21 & block3_pool#39 & ~block3_pool#48 & block3_pool#54 -> shirt
fired(I, r7) :- active(I, block3_pool, 21), active(I, block3_pool, 39), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r7).
% r8  support=2055 confidence=0.9007  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#29 & block3_pool#48 & ~block3_pool#55 -> shirt
fired(I, r8) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r8).
% r9  support=249 confidence=0.7791  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#29 & ~block3_pool#39 & block3_pool#48 & block3_pool#55 -> shirt
fired(I, r9) :- active(I, block3_pool, 48), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 39).
class(I, shirt) :- fired(I, r9).
% r10  support=96 confidence=0.6146  ~block3_pool#6 & ~block3_pool#12 & ~block3_pool#29 & block3_pool#39 & block3_pool#48 & block3_pool#55 -> pullover
fired(I, r10) :- active(I, block3_pool, 39), active(I, block3_pool, 48), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29).
class(I, pullover) :- fired(I, r10).
% r11  support=167 confidence=0.5449  ~block3_pool#6 & ~block3_pool#12 & block3_pool#29 & ~block3_pool#36 & block3_pool#48 & ~block3_pool#55 -> shirt
fired(I, r11) :- active(I, block3_pool, 29), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r11).
% r12  support=63 confidence=0.4921  ~block3_pool#6 & ~block3_pool#12 & block3_pool#29 & ~block3_pool#36 & block3_pool#48 & block3_pool#55 -> pullover
fired(I, r12) :- active(I, block3_pool, 29), active(I, block3_pool, 48), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 36).
class(I, pullover) :- fired(I, r12).
% r13  support=125 confidence=0.7680  ~block3_pool#6 & ~block3_pool#12 & block3_pool#29 & block3_pool#36 & block3_pool#48 -> t_shirt_top
fired(I, r13) :- active(I, block3_pool, 29), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 12).
class(I, t_shirt_top) :- fired(I, r13).
% r14  support=209 confidence=0.7560  block3_pool#6 & ~block3_pool#10 & ~block3_pool#12 & ~block3_pool#17 & ~block3_pool#25 -> pullover
fired(I, r14) :- active(I, block3_pool, 6), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 25).
class(I, pullover) :- fired(I, r14).
% r15  support=76 confidence=0.8158  ~block3_pool#3 & block3_pool#6 & ~block3_pool#10 & ~block3_pool#12 & ~block3_pool#17 & block3_pool#25 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 6), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 17).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=23 confidence=0.7826  block3_pool#3 & block3_pool#6 & ~block3_pool#10 & ~block3_pool#12 & ~block3_pool#17 & block3_pool#25 -> pullover
fired(I, r16) :- active(I, block3_pool, 3), active(I, block3_pool, 6), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 17).
class(I, pullover) :- fired(I, r16).
% r17  support=210 confidence=0.7334  block3_pool#6 & ~block3_pool#10 & ~block3_pool#12 & block3_pool#17 & ~block3_pool#54 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 6), active(I, block3_pool, 17), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 54).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=63 confidence=0.4603  ~block3_pool#2 & block3_pool#6 & ~block3_pool#10 & ~block3_pool#12 & block3_pool#17 & block3_pool#54 -> shirt
fired(I, r18) :- active(I, block3_pool, 6), active(I, block3_pool, 17), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12).
class(I, shirt) :- fired(I, r18).
% r19  support=45 confidence=0.6444  block3_pool#2 & block3_pool#6 & ~block3_pool#10 & ~block3_pool#12 & block3_pool#17 & block3_pool#54 -> pullover
fired(I, r19) :- active(I, block3_pool, 2), active(I, block3_pool, 6), active(I, block3_pool, 17), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12).
class(I, pullover) :- fired(I, r19).
% r20  support=247 confidence=0.6964  ~block3_pool#3 & block3_pool#6 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#39 & ~block3_pool#50 -> pullover
fired(I, r20) :- active(I, block3_pool, 6), active(I, block3_pool, 10), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 50).
class(I, pullover) :- fired(I, r20).
% r21  support=213 confidence=0.4883  ~block3_pool#3 & block3_pool#6 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#39 & block3_pool#50 -> shirt
fired(I, r21) :- active(I, block3_pool, 6), active(I, block3_pool, 10), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39).
class(I, shirt) :- fired(I, r21).
% r22  support=605 confidence=0.9058  block3_pool#3 & block3_pool#6 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#39 & ~block3_pool#46 -> pullover
fired(I, r22) :- active(I, block3_pool, 3), active(I, block3_pool, 6), active(I, block3_pool, 10), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 46).
class(I, pullover) :- fired(I, r22).
% r23  support=51 confidence=0.3922  block3_pool#3 & block3_pool#6 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#39 & block3_pool#46 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 3), active(I, block3_pool, 6), active(I, block3_pool, 10), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=248 confidence=0.9153  block3_pool#6 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#23 & block3_pool#39 & ~block3_pool#46 -> pullover
fired(I, r24) :- active(I, block3_pool, 6), active(I, block3_pool, 10), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 46).
class(I, pullover) :- fired(I, r24).
% r25  support=17 confidence=0.4118  block3_pool#6 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#23 & block3_pool#39 & block3_pool#46 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 6), active(I, block3_pool, 10), active(I, block3_pool, 39), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 23).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=2718 confidence=0.9904  block3_pool#6 & block3_pool#10 & ~block3_pool#12 & block3_pool#23 & block3_pool#39 -> pullover
fired(I, r26) :- active(I, block3_pool, 6), active(I, block3_pool, 10), active(I, block3_pool, 23), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 12).
class(I, pullover) :- fired(I, r26).
% r27  support=43 confidence=0.6047  ~block3_pool#10 & block3_pool#12 & ~block3_pool#29 & ~block3_pool#36 & ~block3_pool#44 & ~block3_pool#48 -> shirt
fired(I, r27) :- active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r27).
% r28  support=111 confidence=0.7568  ~block3_pool#10 & block3_pool#12 & ~block3_pool#29 & ~block3_pool#36 & block3_pool#44 & ~block3_pool#48 -> t_shirt_top
fired(I, r28) :- active(I, block3_pool, 12), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r28).
% r29  support=393 confidence=0.8499  ~block3_pool#10 & block3_pool#12 & ~block3_pool#29 & block3_pool#36 & ~block3_pool#48 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 12), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=55 confidence=0.6545  block3_pool#10 & block3_pool#12 & ~block3_pool#29 & ~block3_pool#45 & ~block3_pool#48 & ~block3_pool#54 -> t_shirt_top
fired(I, r30) :- active(I, block3_pool, 10), active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 54).
class(I, t_shirt_top) :- fired(I, r30).
% r31  support=40 confidence=0.4500  block3_pool#10 & block3_pool#12 & ~block3_pool#29 & ~block3_pool#45 & ~block3_pool#48 & block3_pool#54 -> pullover
fired(I, r31) :- active(I, block3_pool, 10), active(I, block3_pool, 12), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r31).
% r32  support=97 confidence=0.9278  block3_pool#10 & block3_pool#12 & ~block3_pool#29 & block3_pool#45 & ~block3_pool#48 -> pullover
fired(I, r32) :- active(I, block3_pool, 10), active(I, block3_pool, 12), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r32).
% r33  support=450 confidence=0.8889  ~block3_pool#6 & block3_pool#12 & ~block3_pool#17 & ~block3_pool#29 & block3_pool#48 -> shirt
fired(I, r33) :- active(I, block3_pool, 12), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 29).
class(I, shirt) :- fired(I, r33).
% r34  support=22 confidence=0.6818  block3_pool#6 & block3_pool#12 & ~block3_pool#17 & ~block3_pool#24 & ~block3_pool#29 & block3_pool#48 -> shirt
fired(I, r34) :- active(I, block3_pool, 6), active(I, block3_pool, 12), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 29).
class(I, shirt) :- fired(I, r34).
% r35  support=26 confidence=0.7692  block3_pool#6 & block3_pool#12 & ~block3_pool#17 & block3_pool#24 & ~block3_pool#29 & block3_pool#48 -> pullover
fired(I, r35) :- active(I, block3_pool, 6), active(I, block3_pool, 12), active(I, block3_pool, 24), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 29).
class(I, pullover) :- fired(I, r35).
% r36  support=128 confidence=0.7109  block3_pool#12 & block3_pool#17 & ~block3_pool#29 & ~block3_pool#33 & ~block3_pool#37 & block3_pool#48 -> shirt
fired(I, r36) :- active(I, block3_pool, 12), active(I, block3_pool, 17), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 37).
class(I, shirt) :- fired(I, r36).
% r37  support=64 confidence=0.6094  block3_pool#12 & block3_pool#17 & ~block3_pool#29 & block3_pool#33 & ~block3_pool#37 & block3_pool#48 -> t_shirt_top
fired(I, r37) :- active(I, block3_pool, 12), active(I, block3_pool, 17), active(I, block3_pool, 33), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 37).
class(I, t_shirt_top) :- fired(I, r37).
% r38  support=138 confidence=0.7971  block3_pool#12 & block3_pool#17 & ~block3_pool#29 & block3_pool#37 & block3_pool#48 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 12), active(I, block3_pool, 17), active(I, block3_pool, 37), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 29).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=31 confidence=0.9032  block3_pool#12 & ~block3_pool#27 & block3_pool#29 & ~block3_pool#37 & ~block3_pool#48 & ~block3_pool#60 -> t_shirt_top
fired(I, r39) :- active(I, block3_pool, 12), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 60).
class(I, t_shirt_top) :- fired(I, r39).
% r40  support=28 confidence=0.6071  block3_pool#12 & ~block3_pool#27 & block3_pool#29 & ~block3_pool#37 & ~block3_pool#48 & block3_pool#60 -> pullover
fired(I, r40) :- active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r40).
% r41  support=361 confidence=0.9003  block3_pool#12 & block3_pool#27 & block3_pool#29 & ~block3_pool#37 & ~block3_pool#48 -> t_shirt_top
fired(I, r41) :- active(I, block3_pool, 12), active(I, block3_pool, 27), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r41).
% r42  support=159 confidence=0.5786  block3_pool#12 & ~block3_pool#19 & block3_pool#29 & ~block3_pool#37 & block3_pool#48 & ~block3_pool#60 -> t_shirt_top
fired(I, r42) :- active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 60).
class(I, t_shirt_top) :- fired(I, r42).
% r43  support=211 confidence=0.8057  block3_pool#12 & block3_pool#19 & block3_pool#29 & ~block3_pool#37 & block3_pool#48 & ~block3_pool#60 -> shirt
fired(I, r43) :- active(I, block3_pool, 12), active(I, block3_pool, 19), active(I, block3_pool, 29), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 60).
class(I, shirt) :- fired(I, r43).
% r44  support=209 confidence=0.7990  block3_pool#12 & block3_pool#29 & ~block3_pool#37 & block3_pool#48 & block3_pool#60 -> t_shirt_top
fired(I, r44) :- active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 48), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 37).
class(I, t_shirt_top) :- fired(I, r44).
% r45  support=3447 confidence=0.9747  block3_pool#12 & block3_pool#29 & block3_pool#37 & ~block3_pool#54 -> t_shirt_top
fired(I, r45) :- active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 54).
class(I, t_shirt_top) :- fired(I, r45).
% r46  support=213 confidence=0.9061  ~block3_pool#10 & block3_pool#12 & block3_pool#29 & block3_pool#37 & block3_pool#54 -> t_shirt_top
fired(I, r46) :- active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 37), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 10).
class(I, t_shirt_top) :- fired(I, r46).
% r47  support=55 confidence=0.6727  block3_pool#10 & block3_pool#12 & block3_pool#29 & block3_pool#37 & ~block3_pool#39 & block3_pool#54 -> t_shirt_top
fired(I, r47) :- active(I, block3_pool, 10), active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 37), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 39).
class(I, t_shirt_top) :- fired(I, r47).
% r48  support=118 confidence=0.8644  block3_pool#10 & block3_pool#12 & block3_pool#29 & block3_pool#37 & block3_pool#39 & block3_pool#54 -> pullover
fired(I, r48) :- active(I, block3_pool, 10), active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 37), active(I, block3_pool, 39), active(I, block3_pool, 54), image(I).
class(I, pullover) :- fired(I, r48).
